using System.Text;
using DiffPlex.Renderer;
using Xunit.Sdk;

namespace Reports.Testing;

/// <summary>Equality of multi-line texts, failing with a unified diff in which trailing blanks are visible.</summary>
/// <remarks>Shared by the test projects as a linked file.</remarks>
internal static class TextAssert
{
    /// <summary>Asserts that <paramref name="actual"/> is exactly <paramref name="expected"/>.</summary>
    public static void Equal(string expected, string? actual)
    {
        if (expected == actual)
        {
            return;
        }

        if (actual is null)
        {
            throw new XunitException("Expected text but got null.");
        }

        var message = new StringBuilder("The texts differ (· is a trailing space, → a tab, ⏎ a missing final line feed):\n");
        message.Append(UnidiffRenderer.GenerateUnidiff(Visible(expected), Visible(actual), "expected", "actual",
            ignoreWhitespace: false, ignoreCase: false, contextLines: 3));
        message.Append("\nActual text:\n").Append(actual);
        throw new XunitException(message.ToString());
    }

    /// <summary>Shows the blanks a Markdown reader cares about: trailing spaces (hard breaks), tabs and the final line feed.</summary>
    public static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Replace("\t", "→").Replace("\r", "␍");
            var trimmed = line.TrimEnd(' ');
            builder.Append(trimmed).Append('·', line.Length - trimmed.Length);
            if (i < lines.Length - 1)
            {
                builder.Append('\n');
            }
        }

        if (!text.EndsWith('\n'))
        {
            builder.Append('⏎');
        }

        return builder.ToString();
    }
}
