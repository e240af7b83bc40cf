using System;

namespace Reports.Generators.Model;

/// <summary>HTML comments in the template text a model holds (a preamble, guidance), which a reader drops.</summary>
internal static class HtmlComments
{
    /// <summary><paramref name="text"/> without its <c>&lt;!-- … --&gt;</c> comments (an unclosed one runs to the end).</summary>
    public static string Remove(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("<!--", at, StringComparison.Ordinal);
            if (open < 0)
            {
                result.Append(text, at, text.Length - at);
                break;
            }

            result.Append(text, at, open - at);
            var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            at = close < 0 ? text.Length : close + 3;
        }

        return result.ToString();
    }

    /// <summary>Whether <paramref name="text"/> is only HTML comments and blanks.</summary>
    public static bool IsOnly(string text) => Remove(text).Trim().Length == 0;
}
