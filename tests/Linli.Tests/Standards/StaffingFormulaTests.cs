using Linli.Core.Features.Staffing;

namespace Linli.Tests.Standards;

public class StaffingFormulaTests
{
    [Fact]
    public void RequiredByResidents_IssueCase_89200UrbanResidentsAt18Per10k_Is161()
    {
        Assert.Equal(161, StaffingFormula.RequiredByResidents(89_200, 18));
    }

    [Theory]
    [InlineData(90_000, 18, 162)] // exactly 162.0: no rounding up past a whole number
    [InlineData(1, 18, 1)]
    [InlineData(0, 18, 0)]
    public void RequiredByResidents_RoundsUpOnlyParts(int residents, int per10k, int expected) =>
        Assert.Equal(expected, StaffingFormula.RequiredByResidents(residents, per10k));

    [Theory]
    [InlineData(1000, 300, 4)]
    [InlineData(1200, 300, 4)]
    [InlineData(810, 400, 3)]
    [InlineData(0, 300, 0)]
    public void RequiredByHouseholds_OnePerNHouseholds_RoundsUp(int households, int perWorker, int expected) =>
        Assert.Equal(expected, StaffingFormula.RequiredByHouseholds(households, perWorker));

    [Fact]
    public void TurnoverPercent_IssueCase_41Of161_Is25Point5()
    {
        Assert.Equal(25.5m, StaffingFormula.TurnoverPercent(41, 161));
        Assert.Null(StaffingFormula.TurnoverPercent(0, 0));
    }

    [Theory]
    [InlineData(3001, 3000, 2)]
    [InlineData(3000, 3000, 1)]
    [InlineData(9500, 3000, 4)]
    public void PartsUnderCap_SplitsOnlyAboveTheCap(int size, int cap, int parts) =>
        Assert.Equal(parts, StaffingFormula.PartsUnderCap(size, cap));
}
