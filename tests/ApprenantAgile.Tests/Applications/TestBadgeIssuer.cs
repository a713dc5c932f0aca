using System.Collections.Concurrent;
using ApprenantAgile.Badges.Abstractions;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// An in-memory <see cref="IBadgeIssuer"/> with the contract of the real one: one assertion per
/// source key. It counts every call, so tests see both the calls and the assertions made.
/// </summary>
/// <remarks>NOTE: replaces the real issuer until the issuing branch's IBadgeIssuer is merged; then tests should use the real issuer.</remarks>
public sealed class TestBadgeIssuer : IBadgeIssuer
{
    private readonly ConcurrentDictionary<string, IssueResult> _bySourceKey = new(StringComparer.Ordinal);
    private int _callCount;

    public int CallCount => Volatile.Read(ref _callCount);

    /// <summary>The assertions made, by source key.</summary>
    public IReadOnlyDictionary<string, IssueResult> Assertions => _bySourceKey;

    public ConcurrentQueue<IssueRequest> Requests { get; } = new();

    public Task<IssueResult> IssueAsync(IssueRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _callCount);
        Requests.Enqueue(request);
        var created = false;
        var result = _bySourceKey.GetOrAdd(request.SourceKey, _ =>
        {
            created = true;
            var id = Guid.NewGuid().ToString("N");
            return new IssueResult(id, new Uri($"https://badges.example.test/assertions/{id}"), AlreadyIssued: false);
        });
        return Task.FromResult(created ? result : result with { AlreadyIssued = true });
    }
}
