namespace Nop.Core.Infrastructure;

public partial interface INopFileProvider
{
    string Combine(params string[] paths);
    bool FileExists(string filePath);
    string MapPath(string path);
}
