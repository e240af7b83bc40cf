using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// MADR's minimal decision record (<c>template/adr-template-minimal.md</c> of adr/madr): lists whose template ends with a
/// line saying more items may follow (<c>* … &lt;!-- numbers of options can vary --&gt;</c>), a comment right above an
/// optional heading, and the blank line the file ends with.
/// </summary>
public sealed class MoreItemsTests
{
    private const string Template = """
        # {short title of solved problem and solution}

        ## Context and Problem Statement

        {Describe the context and problem statement, e.g., in free form using two to three sentences or in the form of an illustrative story. You may want to articulate the problem in form of a question and add links to collaboration boards or issue management systems.}

        ## Considered Options

        * {title of option 1}
        * {title of option 2}
        * {title of option 3}
        * … <!-- numbers of options can vary -->

        ## Decision Outcome

        Chosen option: "{title of option 1}", because
        {justification. e.g., only option, which meets k.o. criterion decision driver | which resolves force {force} | … | comes out best (see below)}.

        <!-- This is an optional element. Feel free to remove. -->
        ### Consequences

        * Good, because {positive consequence, e.g., improvement of one or more desired qualities, …}
        * Bad, because {negative consequence, e.g., compromising one or more desired qualities, …}
        * … <!-- numbers of consequences can vary -->


        """;

    private const string Filled = """
        # Use PostgreSQL for the orders service

        ## Context and Problem Statement

        Orders need transactions across three tables. Which database should the service use?

        ## Considered Options

        * PostgreSQL
        * MongoDB
        * … <!-- numbers of options can vary -->

        ## Decision Outcome

        Chosen option: "PostgreSQL", because
        it is the only option with multi-table transactions.

        <!-- This is an optional element. Feel free to remove. -->
        ### Consequences

        * Good, because joins are cheap
        * Bad, because the team runs one more database
        * …
        """;

    [Fact]
    public void The_blank_template_is_madrs_file_to_the_byte()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), MadrMinimal.RenderTemplate());
    }

    [Fact]
    public void The_blank_template_reads_back_without_the_more_items_lines()
    {
        var blank = MadrMinimal.Parse(MadrMinimal.MarkdownTemplate);

        Assert.Equal(["{title of option 1}", "{title of option 2}", "{title of option 3}"], blank.Options);
        Assert.Equal(2, blank.Outcome!.Consequences.Count);
        Assert.False(blank.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void A_filled_record_that_kept_the_more_items_lines_reads_without_them_and_round_trips()
    {
        var adr = MadrMinimal.Parse(Filled);

        Assert.Equal(["PostgreSQL", "MongoDB"], adr.Options);
        Assert.Equal("Chosen option: \"PostgreSQL\", because\nit is the only option with multi-table transactions.", adr.Outcome!.Decision);
        Assert.Equal(["Good, because joins are cheap", "Bad, because the team runs one more database"], adr.Outcome.Consequences);
        Assert.True(adr.CheckCompleteness().IsComplete);

        var written = adr.ToMarkdown();
        Assert.DoesNotContain("…", written, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", written, StringComparison.Ordinal);
        Assert.Equal(adr, MadrMinimal.Parse(written));
        Assert.Equal(adr, MadrMinimal.Parse(Filled.Replace("* … <!-- numbers of options can vary -->\n", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_more_items_line_is_dropped_wherever_an_agent_left_it_in_the_list()
    {
        var adr = MadrMinimal.Parse(Filled.Replace("* PostgreSQL\n* MongoDB\n* … <!-- numbers of options can vary -->", "* PostgreSQL\n* …\n* MongoDB", StringComparison.Ordinal));

        Assert.Equal(["PostgreSQL", "MongoDB"], adr.Options);
    }

    [Theory]
    [InlineData("…")]
    [InlineData("… <!-- numbers of options can vary -->")]
    [InlineData("... and more")]
    public void An_item_that_holds_the_more_items_text_stays_an_item(string item)
    {
        var adr = new MadrMinimal
        {
            Title = "T",
            Context = new MarkdownText("c"),
            Options = ["A", item],
            Outcome = new MadrOutcome { Decision = "Chosen option: \"A\", because it is best.", Consequences = [item] },
        };

        var read = MadrMinimal.Parse(adr.ToMarkdown());

        Assert.Equal(adr, read);
        Assert.Equal(item, read.Options[1]);
    }

    [Fact]
    public void A_markdown_item_that_is_the_more_items_line_is_refused_when_written()
    {
        var list = new MoreMarkdownItems { Items = [new MarkdownText("**one**"), new MarkdownText("…")] };

        var error = Assert.Throws<ReportRenderException>(() => list.ToMarkdown());

        Assert.Equal("Items › 2", error.Path);
        Assert.Equal(new MoreMarkdownItems { Items = [new MarkdownText("**one**")] }, MoreMarkdownItems.Parse(MoreMarkdownItems.MarkdownTemplate.Replace("[item]", "**one**", StringComparison.Ordinal)));
    }
}

[Report("{Title}", Bullet = '*', TrailingBlankLines = 1)]
public partial record MadrMinimal
{
    [TitleValue, Placeholder("{short title of solved problem and solution}")]
    public string? Title { get; init; }

    [Section("Context and Problem Statement"), Placeholder("{Describe the context and problem statement, e.g., in free form using two to three sentences or in the form of an illustrative story. You may want to articulate the problem in form of a question and add links to collaboration boards or issue management systems.}")]
    public MarkdownText? Context { get; init; }

    [Section("Considered Options"), List(MoreItems = "… <!-- numbers of options can vary -->"), Placeholder("{title of option 1}", "{title of option 2}", "{title of option 3}")]
    public ReportList<string> Options { get; init; } = [];

    [Section("Decision Outcome")]
    public MadrOutcome? Outcome { get; init; }
}

public partial record MadrOutcome
{
    [Text, Placeholder("Chosen option: \"{title of option 1}\", because\n{justification. e.g., only option, which meets k.o. criterion decision driver | which resolves force {force} | … | comes out best (see below)}.")]
    public string? Decision { get; init; }

    [Section("Consequences", GuidanceAbove = "<!-- This is an optional element. Feel free to remove. -->", CompactGuidanceAbove = true, Optional = true)]
    [List(MoreItems = "… <!-- numbers of consequences can vary -->")]
    [Placeholder("Good, because {positive consequence, e.g., improvement of one or more desired qualities, …}", "Bad, because {negative consequence, e.g., compromising one or more desired qualities, …}")]
    public ReportList<string> Consequences { get; init; } = [];
}

[Report("More Markdown Items")]
public partial record MoreMarkdownItems
{
    [List("Items", MoreItems = "…"), Placeholder("[item]")]
    public ReportList<MarkdownText> Items { get; init; } = [];
}
