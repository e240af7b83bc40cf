using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Reports.Generators.Model;

namespace Reports.Generators.Emit;

/// <summary>
/// A path by headings and labels as generated code builds it: constant text with item numbers between
/// (<c>"Revision " n " › Issues Addressed › " m " › Fix"</c>). It becomes a <c>Reports.ReportPath</c> expression,
/// which joins the pieces only when an issue is reported.
/// </summary>
internal sealed class PathText
{
    private readonly string[] _texts;
    private readonly Number[] _numbers;

    private PathText(string[] texts, Number[] numbers)
    {
        _texts = texts;
        _numbers = numbers;
    }

    /// <summary>An item number: the C# expression that gives it, and the parameter name it takes in a called method.</summary>
    internal readonly record struct Number(string Expression, string Name);

    public static PathText Empty { get; } = new(new[] { string.Empty }, Array.Empty<Number>());

    public bool IsEmpty => _numbers.Length == 0 && _texts[0].Length == 0;

    public IReadOnlyList<Number> Numbers => _numbers;

    /// <summary>The path with <c>N</c> for each item number: for method names and condition texts.</summary>
    public string Display
    {
        get
        {
            var text = new StringBuilder(_texts[0]);
            for (var i = 0; i < _numbers.Length; i++)
            {
                text.Append('N').Append(_texts[i + 1]);
            }

            return text.ToString();
        }
    }

    public PathText Join(string label)
    {
        if (string.IsNullOrEmpty(label))
        {
            return this;
        }

        return AppendText(IsEmpty ? label : ReportPaths.Separator + label);
    }

    /// <summary>The path of item number <paramref name="number"/> of the collection <paramref name="member"/> held at this path.</summary>
    public PathText Item(MemberModel member, Number number)
    {
        var (collection, before, after) = ReportPaths.ItemName(member);
        var path = Join(collection);
        path = path.AppendText(path.IsEmpty ? before : ReportPaths.Separator + before);
        return new PathText(path._texts.Concat(new[] { after }).ToArray(), path._numbers.Concat(new[] { number }).ToArray());
    }

    /// <summary>The path of item number <paramref name="number"/> (a constant) of the collection <paramref name="member"/>.</summary>
    public PathText ItemLiteral(MemberModel member, int number)
    {
        var (collection, before, after) = ReportPaths.ItemName(member);
        var path = Join(collection);
        return path.AppendText((path.IsEmpty ? before : ReportPaths.Separator + before)
            + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + after);
    }

    /// <summary>The same path inside a called method, where each number is the parameter of its name.</summary>
    public PathText AsParameters() => new(_texts, _numbers.Select(n => new Number(n.Name, n.Name)).ToArray());

    /// <summary>A C# expression for the path: a string constant, or a <c>ReportPath</c> of pieces.</summary>
    public string Expression
    {
        get
        {
            if (_numbers.Length == 0)
            {
                return SourceWriter.Quote(_texts[0]);
            }

            var pieces = new List<string> { SourceWriter.Quote(_texts[0]) };
            for (var i = 0; i < _numbers.Length; i++)
            {
                pieces.Add(_numbers[i].Expression);
                pieces.Add(SourceWriter.Quote(_texts[i + 1]));
            }

            if (_numbers.Length <= 3)
            {
                return "new global::Reports.ReportPath(" + string.Join(", ", pieces) + ")";
            }

            // Deeper than three nested lists: rare enough to join eagerly.
            var strings = pieces.Select((p, i) => i % 2 == 1 ? "(" + p + ").ToString(global::System.Globalization.CultureInfo.InvariantCulture)" : p);
            return "new global::Reports.ReportPath(string.Concat(new string[] { " + string.Join(", ", strings) + " }))";
        }
    }

    private PathText AppendText(string text)
    {
        var texts = (string[])_texts.Clone();
        texts[texts.Length - 1] += text;
        return new PathText(texts, _numbers);
    }
}
