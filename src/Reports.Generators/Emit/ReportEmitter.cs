using System.Collections.Generic;
using Reports.Generators.Model;

namespace Reports.Generators.Emit;

/// <summary>Emits the partial declaration of a report type with its Markdown members.</summary>
internal static class ReportEmitter
{
    /// <summary>Writes the report's Markdown members (template, <c>ToMarkdown</c>, <c>WriteMarkdown</c>) as a part of its file.</summary>
    public static void Write(SourceWriter source, ReportModel report)
    {
        GeneratedFile.BeginUndocumented(source, "generated members are documented on the report type's docs");
        GeneratedFile.OpenScopes(source, report.Namespace, report.ContainingTypes);
        source.Open(report.Declaration);
        var body = new SourceWriter();
        var target = new CodeTarget(body);
        var methods = new LayoutWriter.SectionMethodQueue();
        LayoutWriter.WriteDocumentCode(report, target, methods);
        target.Flush();
        var capacity = target.LiteralLength + 256;

        var template = LayoutWriter.RenderTemplate(report);

        source.Line("/// <summary>The blank template of this report: every part with its placeholder, ready to be filled in.</summary>");
        source.Line("public const string MarkdownTemplate =");
        source.Line("    " + SourceWriter.QuoteLines(template, "    ") + ";");
        source.Line();
        source.Line("/// <summary>Returns the blank template of this report (<see cref=\"MarkdownTemplate\"/>).</summary>");
        source.Line("public static string RenderTemplate() => MarkdownTemplate;");
        source.Line();
        source.Line("/// <summary>Writes this report as Markdown.</summary>");
        source.Line("/// <exception cref=\"global::Reports.ReportRenderException\">A value cannot be written so that it reads back the same.</exception>");
        source.Open("public string ToMarkdown()");
        source.Line("var w = global::Reports.MarkdownWriter.ForString(" + capacity + ");");
        source.Open("try");
        source.Line("WriteMarkdownCore(ref w);");
        source.Line("return w.ToStringAndDispose();");
        source.Close();
        source.Open("finally");
        source.Line("w.Dispose();");
        source.Close();
        source.Close();
        source.Line();
        EmitWriteOverload(source, "global::System.IO.TextWriter");
        source.Line();
        EmitWriteOverload(source, "global::System.Buffers.IBufferWriter<char>");
        source.Line();
        source.Open("private void WriteMarkdownCore(ref global::Reports.MarkdownWriter w)");
        source.Raw(body);
        source.Close();

        var emitted = new HashSet<string>();
        while (methods.Count > 0)
        {
            var method = methods.Dequeue();
            if (!emitted.Add(method.Name))
            {
                continue;
            }

            // Written straight into the file: a section method needs nothing that is known only after its body.
            source.Line();
            source.Open("private static void " + method.Name + "(ref global::Reports.MarkdownWriter w, " + method.Record.FullTypeName + " section)");
            var methodTarget = new CodeTarget(source);
            LayoutWriter.WriteSectionCode(method, methodTarget, methods);
            methodTarget.Flush();
            source.Close();
        }

        var headings = new List<string>();
        if (CollectHeadings(report.Root, headings))
        {
            source.Line();
            source.Line("/// <summary>The headings of the report's sections, which a Markdown body may not hold (it would read as that section).</summary>");
            source.Line("private static readonly string[] " + LayoutWriter.ReservedHeadingsField + " = { " + string.Join(", ", headings.ConvertAll(SourceWriter.Quote)) + " };");
        }

        source.Close();
        GeneratedFile.CloseScopes(source, report.Namespace, report.ContainingTypes);
        GeneratedFile.EndUndocumented(source);
    }

    /// <summary>Adds the headings of <paramref name="record"/>'s sections, nested ones included; whether one of them is a Markdown body.</summary>
    private static bool CollectHeadings(RecordModel record, List<string> headings)
    {
        var markdown = false;
        foreach (var member in record.Members)
        {
            if (member.Kind == MemberKind.Section && !headings.Contains(member.Label))
            {
                headings.Add(member.Label);
            }

            if (member.Kind is MemberKind.Section or MemberKind.RepeatedSection)
            {
                markdown |= member.Body is { Kind: MemberKind.Text, Value.Kind: ValueKind.Markdown };
                if (member.Body is null && member.Value.Record is { } inner)
                {
                    markdown |= CollectHeadings(inner, headings);
                }
            }
        }

        return markdown;
    }

    private static void EmitWriteOverload(SourceWriter source, string sinkType)
    {
        source.Line("/// <summary>Writes this report as Markdown into <paramref name=\"writer\"/>.</summary>");
        source.Line("/// <exception cref=\"global::Reports.ReportRenderException\">A value cannot be written so that it reads back the same.</exception>");
        source.Open("public void WriteMarkdown(" + sinkType + " writer)");
        source.Line("var w = global::Reports.MarkdownWriter.For(writer);");
        source.Open("try");
        source.Line("WriteMarkdownCore(ref w);");
        source.Line("w.Flush();");
        source.Close();
        source.Open("finally");
        source.Line("w.Dispose();");
        source.Close();
        source.Close();
    }
}
