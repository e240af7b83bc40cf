using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// TensorFlow's feature request template whole (<c>.github/ISSUE_TEMPLATE/40-feature-request.md</c>), with its runs of two
/// and three blank lines, written to the byte; reports leave one, and a reader takes any number as one.
/// </summary>
public sealed class TensorFlowFeatureTests
{
    private const string Template = """
        ---
        name: Feature Request
        about: Use this template for raising a feature request
        labels: 'type:feature'

        ---

        <em>Please make sure that this is a feature request. As per our [GitHub Policy](https://github.com/tensorflow/tensorflow/blob/master/ISSUES.md), we only address code/doc bugs, performance issues, feature requests and build/installation issues on GitHub. tag:feature_template</em>


        **System information**
        - TensorFlow version (you are using):
        - Are you willing to contribute it (Yes/No):



        **Describe the feature and the current behavior/state.**

        **Will this change the current api? How?**

        **Who will benefit with this feature?**

        **Any Other info.**

        """;

    [Fact]
    public void The_blank_template_is_the_projects_file_to_the_byte_and_reads_back()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), TfFeatureRequest.RenderTemplate());
        Assert.False(TfFeatureRequest.Parse(TfFeatureRequest.MarkdownTemplate).CheckCompleteness().IsComplete);
    }

    [Fact]
    public void A_report_leaves_one_blank_line_and_reads_back()
    {
        var request = new TfFeatureRequest
        {
            System = new TfSystem { Version = "2.18", Contribute = "Yes" },
            Feature = "Ragged tensors cannot be sorted.",
            Api = "A new sort op.",
            Who = "Anyone with ragged data.",
            Other = "None.",
        };
        var markdown = request.ToMarkdown();

        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
        Assert.Equal(request, TfFeatureRequest.Parse(markdown));
        Assert.Equal(request, TfFeatureRequest.Parse(Template.Replace("(you are using):", "(you are using): 2.18", StringComparison.Ordinal)
            .Replace("(Yes/No):", "(Yes/No): Yes", StringComparison.Ordinal)
            .Replace("state.**\n", "state.**\nRagged tensors cannot be sorted.\n", StringComparison.Ordinal)
            .Replace("How?**\n", "How?**\nA new sort op.\n", StringComparison.Ordinal)
            .Replace("feature?**\n", "feature?**\nAnyone with ragged data.\n", StringComparison.Ordinal)
            .Replace("info.**\n", "info.**\nNone.\n", StringComparison.Ordinal)));
    }
}

[Report(FrontMatter = "name: Feature Request\nabout: Use this template for raising a feature request\nlabels: 'type:feature'\n\n",
    Preamble = "<em>Please make sure that this is a feature request. As per our [GitHub Policy](https://github.com/tensorflow/tensorflow/blob/master/ISSUES.md), we only address code/doc bugs, performance issues, feature requests and build/installation issues on GitHub. tag:feature_template</em>")]
public partial record TfFeatureRequest
{
    [Group("System information", LabelStyle = LabelStyle.NoColon, BlankLinesBefore = 2)]
    public TfSystem? System { get; init; }

    [Field("Describe the feature and the current behavior/state.", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon, BlankLinesBefore = 3), Placeholder("")]
    public string? Feature { get; init; }

    [Field("Will this change the current api? How?", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("")]
    public string? Api { get; init; }

    [Field("Who will benefit with this feature?", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("")]
    public string? Who { get; init; }

    [Field("Any Other info.", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("")]
    public string? Other { get; init; }
}

public partial record TfSystem
{
    [Field("TensorFlow version (you are using)", LabelStyle = LabelStyle.Plain), Placeholder("")]
    public string? Version { get; init; }

    [Field("Are you willing to contribute it (Yes/No)", LabelStyle = LabelStyle.Plain), Placeholder("")]
    public string? Contribute { get; init; }
}
