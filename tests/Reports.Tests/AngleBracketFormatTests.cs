using System.Linq;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reports.Tests.Model;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A format with angle brackets of its own (<c>[Inline("{Name} &lt;{Mail}&gt;")]</c>, a title <c>Contacts: &lt;{Owner}&gt;</c>):
/// a value after the <c>&lt;</c> shows as the text it is, never as HTML that GitHub would drop or that hides the rest of
/// the report (<c>&lt;!--</c>); an e-mail address or URL there stays an autolink; every value reads back as itself.
/// </summary>
public sealed class AngleBracketFormatTests
{
    public static TheoryData<string> HtmlOpeners() => new()
    {
        "img src=x onerror=alert(1)",
        "!-- hides the rest",
        "/details",
        "?php echo 1 ?",
        "!DOCTYPE html",
        "plain words",
        "b",
        "a-b c",
    };

    [Theory]
    [MemberData(nameof(HtmlOpeners))]
    public void A_value_after_the_formats_own_angle_bracket_opens_no_HTML(string value)
    {
        var report = StringMapper.All(FullReports.Contacts, value);
        var markdown = report.ToMarkdown();

        var html = Markdown.Parse(markdown, Structure.GitHubLike).Descendants<HtmlInline>().Select(h => h.Tag).ToList();
        Assert.True(html.Count == 0, $"raw HTML {string.Join(", ", html)} in:\n{markdown}");
        Assert.Empty(Markdown.Parse(markdown, Structure.GitHubLike).Descendants<HtmlBlock>());
        Assert.Equal(report, ContactsReport.Parse(markdown));
    }

    [CmarkGfmTheory]
    [MemberData(nameof(HtmlOpeners))]
    public void GitHub_shows_a_value_after_the_formats_own_angle_bracket_as_text(string value)
    {
        var markdown = StringMapper.All(FullReports.Contacts, value).ToMarkdown();

        var xml = CmarkGfm.ToXml(markdown);

        Assert.DoesNotContain("html_inline", xml, System.StringComparison.Ordinal);
        Assert.DoesNotContain("html_block", xml, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ana@example.com")]
    [InlineData("first.last+tag@mail.example.org")]
    [InlineData("https://example.com/a_b?c=1")]
    [InlineData("mailto:ana@example.com")]
    public void An_address_or_URL_after_the_formats_own_angle_bracket_stays_an_autolink(string address)
    {
        var report = FullReports.Contacts with { Lead = new Contact("Ana", address) };
        var markdown = report.ToMarkdown();

        Assert.Contains("- **Lead**: Ana <" + address + ">\n", markdown, System.StringComparison.Ordinal);
        var links = Markdown.Parse(markdown, Structure.GitHubLike).Descendants<AutolinkInline>().Select(l => l.Url).ToList();
        Assert.Contains(address, links);
        Assert.Equal(report, ContactsReport.Parse(markdown));
    }

    [Theory]
    [InlineData("ana&bo@example.com")]
    [InlineData("https://example.com/a\\b")]
    [InlineData("https://example.com/a|b")]
    [InlineData("ana@-example.com")]
    public void An_address_that_would_not_read_back_as_it_is_is_written_as_escaped_text(string value)
    {
        var report = FullReports.Contacts with { Lead = new Contact("Ana", value), Escalation = [new EscalationRow { Level = 1, Contact = new Contact("Ana", value) }] };
        var markdown = report.ToMarkdown();

        Assert.Contains("- **Lead**: Ana <&#" + (int)value[0] + ";", markdown, System.StringComparison.Ordinal);
        Assert.Empty(Markdown.Parse(markdown, Structure.GitHubLike).Descendants<HtmlInline>());
        Assert.Equal(report, ContactsReport.Parse(markdown));
    }

    [Fact]
    public void The_template_keeps_its_angle_brackets_as_written()
    {
        Assert.Equal(
            "# Contacts: <[owner]>\n\n- **Owner**: [owner]\n- **Lead**: [Name] <[Mail]>\n\n**Team**:\n- [Name] <[Mail]>\n\n**Escalation**:\n\n| Level | Contact |\n|-------|---------|\n| [Level] | [Name] <[Mail]> |\n",
            ContactsReport.RenderTemplate());
    }
}
