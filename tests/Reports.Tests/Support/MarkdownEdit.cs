using System;
using Xunit;

namespace Reports.Tests.Support;

/// <summary>Edits of a rendered report, as an agent's variation of it: each edit must find what it changes.</summary>
internal static class MarkdownEdit
{
    /// <summary>Replaces <paramref name="old"/>, which must be in <paramref name="markdown"/>, with <paramref name="replacement"/>.</summary>
    public static string Replace(string markdown, string old, string replacement)
    {
        Assert.Contains(old, markdown, StringComparison.Ordinal);
        return markdown.Replace(old, replacement, StringComparison.Ordinal);
    }
}
