using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace Reports;

/// <summary>
/// The path of a value by headings and labels, kept in pieces (constant text and item numbers) and joined only
/// when an issue is reported, so that checking a complete report builds no strings.
/// </summary>
/// <remarks>Generated completeness checks create these; <see cref="ToString"/> gives the path text.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ReportPath
{
    private readonly string _head;
    private readonly int _numbers;
    private readonly int _number1;
    private readonly string? _text1;
    private readonly int _number2;
    private readonly string? _text2;
    private readonly int _number3;
    private readonly string? _text3;

    /// <summary>A path of constant text: <c>Code Review › Status</c>.</summary>
    public ReportPath(string text)
        : this(text, 0, 0, null, 0, null, 0, null)
    {
    }

    /// <summary>A path with one item number: <c>"Revision " 2 " › Revision Date"</c>.</summary>
    public ReportPath(string head, int number, string tail)
        : this(head, 1, number, tail, 0, null, 0, null)
    {
    }

    /// <summary>A path with two item numbers.</summary>
    public ReportPath(string head, int number1, string middle, int number2, string tail)
        : this(head, 2, number1, middle, number2, tail, 0, null)
    {
    }

    /// <summary>A path with three item numbers.</summary>
    public ReportPath(string head, int number1, string middle1, int number2, string middle2, int number3, string tail)
        : this(head, 3, number1, middle1, number2, middle2, number3, tail)
    {
    }

    private ReportPath(string head, int numbers, int number1, string? text1, int number2, string? text2, int number3, string? text3)
    {
        _head = head;
        _numbers = numbers;
        _number1 = number1;
        _text1 = text1;
        _number2 = number2;
        _text2 = text2;
        _number3 = number3;
        _text3 = text3;
    }

    /// <summary>A path of constant text.</summary>
    public static implicit operator ReportPath(string text) => new(text);

    /// <summary>The path as text: <c>Revision 2 › Issues Addressed › 1 › Fix</c>.</summary>
    public override string ToString()
    {
        if (_numbers == 0)
        {
            return _head ?? string.Empty;
        }

        var text = new StringBuilder(_head);
        text.Append(_number1.ToString(CultureInfo.InvariantCulture)).Append(_text1);
        if (_numbers > 1)
        {
            text.Append(_number2.ToString(CultureInfo.InvariantCulture)).Append(_text2);
        }

        if (_numbers > 2)
        {
            text.Append(_number3.ToString(CultureInfo.InvariantCulture)).Append(_text3);
        }

        return text.ToString();
    }
}
