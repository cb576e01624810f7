namespace LinqToDB.Data;

public class DataParameter
{
    public DataParameter() => throw null;
}
