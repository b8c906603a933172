namespace GovNet.NetCode.Testing;

/// <summary>A declared flow. Without an id, approval, expiry or title it is written in the one-line short form.</summary>
public sealed record GeneratedFlow(string Rule, string? Id = null, string? Approval = null, DateOnly? Expires = null, string? Title = null)
{
    public bool IsShortForm => Id is null && Approval is null && Expires is null && Title is null;
}
