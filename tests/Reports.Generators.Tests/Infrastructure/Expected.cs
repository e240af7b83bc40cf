namespace Reports.Generators.Tests.Infrastructure;

/// <summary>Expected Markdown written as raw string literals.</summary>
internal static class Expected
{
    /// <summary>Two trailing spaces: a hard line break, kept visible in expected text as <c>{Br}</c>.</summary>
    public const string Br = "  ";

    /// <summary>The lines of <paramref name="raw"/>, each ending with a line feed (as rendered reports do).</summary>
    public static string Lines(string raw) => raw.Replace("\r\n", "\n") + "\n";
}
