using System.ComponentModel.DataAnnotations;

namespace PackStation.Settings.Tests;

public sealed class SettingRulesTests
{
    private sealed class Sample : IValidatableObject
    {
        [Range(1, 1000)]
        public int BatchSize { get; set; } = 50;

        [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
        public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

        [Required(AllowEmptyStrings = false)]
        public string Name { get; set; } = "admin";

        [RegularExpression("^[A-Z]+$", ErrorMessage = "A code is capital letters only.")]
        public string? Code { get; set; }

        public TimeSpan First { get; set; } = TimeSpan.FromSeconds(5);

        public TimeSpan Last { get; set; } = TimeSpan.FromMinutes(15);

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Last < First)
                yield return new ValidationResult("must not be shorter than First.", [nameof(Last)]);
        }
    }

    [Fact]
    public void Check_Defaults_NoProblems() => Assert.Empty(SettingRules.Check(new Sample(), "Shop:Outbox"));

    [Fact]
    public void Check_IntOutOfRange_NamesTheSettingTheRangeAndTheValue() =>
        Assert.Equal(["Shop:Outbox:BatchSize must be between 1 and 1000, not 0."], SettingRules.Check(new Sample { BatchSize = 0 }, "Shop:Outbox"));

    [Fact]
    public void Check_TimeSpanOutOfRange_WrittenAsTimeSpans() =>
        Assert.Equal(["Store:Lease must be between 00:00:05 and 1.00:00:00, not 00:00:01."],
            SettingRules.Check(new Sample { Lease = TimeSpan.FromSeconds(1) }, "Store"));

    [Fact]
    public void Check_RequiredEmpty_SaysItIsRequired() =>
        Assert.Equal(["Web:Name is required."], SettingRules.Check(new Sample { Name = "" }, "Web"));

    [Fact]
    public void Check_CustomMessage_FollowsTheSetting() =>
        Assert.Equal(["Stations:List:2:Code: A code is capital letters only."], SettingRules.Check(new Sample { Code = "ab" }, "Stations:List:2"));

    [Fact]
    public void Check_ValidatableRule_NamedByItsMember() =>
        Assert.Equal(["Shop:Outbox:Last must not be shorter than First."],
            SettingRules.Check(new Sample { Last = TimeSpan.FromSeconds(1) }, "Shop:Outbox"));

    [Fact]
    public void Check_SeveralProblems_EachReported()
    {
        var problems = SettingRules.Check(new Sample { BatchSize = 5000, Name = " " }, "X");
        Assert.Equal(2, problems.Count);
        Assert.Contains("X:BatchSize must be between 1 and 1000, not 5000.", problems);
        Assert.Contains("X:Name is required.", problems);
    }
}
