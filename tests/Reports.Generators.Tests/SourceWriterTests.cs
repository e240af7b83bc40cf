using System.Text;
using Reports.Generators.Emit;

namespace Reports.Generators.Tests;

/// <summary>
/// The layout of generated code: text written by one writer and copied into another keeps its lines, gets the
/// indentation of where it lands, and is spaced as hand-written code is.
/// </summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void Copied_lines_take_the_indentation_of_where_they_land_and_blank_lines_stay_unindented()
    {
        var body = new SourceWriter();
        body.Open("if (x)");
        body.Line("a();");
        body.Close();
        body.Line();
        body.Line("b();");

        var file = new SourceWriter();
        file.Open("void M()");
        file.Raw(body, keepBlankLines: true);
        file.Close();

        Assert.Equal("void M()\n{\n    if (x)\n    {\n        a();\n    }\n\n    b();\n}\n", file.ToStringAndFree());
    }

    [Fact]
    public void Blank_lines_are_dropped_unless_kept_and_trailing_line_ends_never_add_lines()
    {
        var lines = new StringBuilder("a();\n\n\nb();\n\n\n");

        var dropped = new SourceWriter();
        dropped.Raw(lines);
        var kept = new SourceWriter();
        kept.Raw(lines, keepBlankLines: true);

        Assert.Equal("a();\nb();\n", dropped.ToStringAndFree());
        Assert.Equal("a();\n\n\nb();\n", kept.ToStringAndFree());
    }

    [Fact]
    public void A_statement_after_a_block_is_set_off_by_a_blank_line_but_a_closing_brace_or_else_is_not()
    {
        var direct = new SourceWriter { SpaceAfterBlocks = true };
        direct.Open("if (x)");
        direct.Line("a();");
        direct.Close();
        direct.Open("else");
        direct.Line("b();");
        direct.Close();
        direct.Line("c();");

        Assert.Equal("if (x)\n{\n    a();\n}\nelse\n{\n    b();\n}\n\nc();\n", direct.ToStringAndFree());
    }

    [Fact]
    public void Copied_lines_after_a_block_are_spaced_by_their_first_line()
    {
        Assert.Equal("if (x)\n{\n}\n\nc();\n", CopyAfterBlock("c();\n"));
        Assert.Equal("if (x)\n{\n}\nelse\n", CopyAfterBlock("else\n"));
        Assert.Equal("if (x)\n{\n}\n}\n", CopyAfterBlock("}\n"));

        static string CopyAfterBlock(string lines)
        {
            var source = new SourceWriter { SpaceAfterBlocks = true };
            source.Open("if (x)");
            source.Close();
            source.Raw(new StringBuilder(lines));
            return source.ToStringAndFree();
        }
    }

    [Fact]
    public void Copied_text_larger_than_the_kept_buffers_is_copied_whole()
    {
        var lines = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            lines.Append("call(").Append(i).Append(");\n");
        }

        var file = new SourceWriter();
        file.Open("void M()");
        file.Raw(lines);
        file.Close();
        var text = file.ToStringAndFree();

        Assert.True(lines.Length > 128 * 1024);
        Assert.StartsWith("void M()\n{\n    call(0);\n    call(1);\n", text, System.StringComparison.Ordinal);
        Assert.EndsWith("    call(19999);\n}\n", text, System.StringComparison.Ordinal);
        Assert.Equal(20_003, text.Split('\n').Length - 1);
    }
}
