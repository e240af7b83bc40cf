using System.Text;

namespace Reports.Generators.Emit;

/// <summary>Where the layout walker sends its output: constant text, and (for filled reports) code.</summary>
internal abstract class RenderTarget
{
    public abstract void Literal(string text);

    public abstract void Statement(string code);

    public abstract void Open(string header);

    public abstract void Close();
}

/// <summary>Collects the blank template as one string.</summary>
internal sealed class TemplateTarget : RenderTarget
{
    private readonly StringBuilder _text = new();

    public override void Literal(string text) => _text.Append(text);

    public override void Statement(string code) => throw new System.InvalidOperationException("A template has no code: " + code);

    public override void Open(string header) => throw new System.InvalidOperationException("A template has no code: " + header);

    public override void Close() => throw new System.InvalidOperationException("A template has no code.");

    public override string ToString() => _text.ToString();
}

/// <summary>
/// Emits writer calls. Adjacent constant text is merged into one <c>w.Write("...")</c> call, so
/// rendering copies literals in as few, as large, pieces as the layout allows.
/// </summary>
internal sealed class CodeTarget : RenderTarget
{
    private readonly SourceWriter _source;
    private readonly StringBuilder _pending = new();

    public CodeTarget(SourceWriter source) => _source = source;

    /// <summary>The total length of constant text emitted, a capacity hint for the writer.</summary>
    public int LiteralLength { get; private set; }

    public override void Literal(string text)
    {
        _pending.Append(text);
        LiteralLength += text.Length;
    }

    public override void Statement(string code)
    {
        Flush();
        _source.Line(code);
    }

    public override void Open(string header)
    {
        Flush();
        _source.Open(header);
    }

    public override void Close()
    {
        Flush();
        _source.Close();
    }

    public void Flush()
    {
        if (_pending.Length == 0)
        {
            return;
        }

        _source.QuotedLine("w.Write(", _pending.ToString(), ");");
        _pending.Clear();
    }
}
