namespace Affido.Domain;

/// <summary>The minor's sex as recorded by the social service.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female = 0,

    /// <summary>Male.</summary>
    Male = 1,
}
