namespace LinqToDB.Data;

public class DataParameter
{
    public DataParameter() => throw null;
    public DataParameter(string name, object value) => throw null;
    public string Name { get; set; }
}
