#!/usr/bin/env bash
# The project's test command: starts PostgreSQL and MariaDB (build/db), installs the PDF fonts when missing, runs every test of Backorders.sln in Release on
# SQLite, PostgreSQL and MariaDB, and ends with one line "N passed, N failed, N skipped".
# Exit status: non-zero when the build or any test failed. Run as root (the databases are started/installed with apt).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

mkdir -p .tmp
LOG="${BACKORDERS_TEST_LOG:-.tmp/test.log}"

if pg="$(./build/db/start-postgres.sh)"; then
    export BACKORDERS_TEST_POSTGRES="$pg"
else
    echo "test.sh: PostgreSQL did not start; its tests will fail" >&2
fi

if maria="$(./build/db/start-mariadb.sh)"; then
    export BACKORDERS_TEST_MARIADB="$maria"
else
    echo "test.sh: MariaDB did not start; its tests will fail" >&2
fi

# Fonts for the PDF tests (and pdftoppm), installed when missing.
./build/ensure-tools.sh || echo "test.sh: fonts/poppler could not be installed; the PDF tests may fail" >&2

# Every database must run here: a missing one fails its tests instead of skipping them.
export BACKORDERS_TEST_REQUIRE_ALL_DATABASES=1

dotnet test Backorders.sln -c Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}

# One line per test assembly: "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: ..."
summary="$(grep -E '^[[:space:]]*(Passed|Failed)!' "$LOG" |
    awk -F'[:,]' '{ f += $2; p += $4; s += $6; n++ } END { printf "%d passed, %d failed, %d skipped\n", p, f, s; exit (n == 0) }')"
assemblies=$?

failed="${summary#*passed, }"; failed="${failed%% failed*}"
if [ "$assemblies" -ne 0 ]; then
    echo "test.sh: no test assembly ran (build failure?); see $LOG" >&2
    [ "$status" -eq 0 ] && status=1
elif [ "$failed" != "0" ] && [ "$status" -eq 0 ]; then
    status=1
fi

echo "$summary"
exit "$status"
