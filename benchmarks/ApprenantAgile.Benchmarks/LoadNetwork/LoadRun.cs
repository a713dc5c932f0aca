using System.Globalization;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// One load run on a target: the virtual users spread over the centres and the nodes, the machine's
/// load average sampled during the run, and the issuance counts read before and after it.
/// </summary>
internal sealed class LoadRun(LoadTarget target, LoadNetworkOptions options)
{
    private static readonly TimeSpan LoadSampleInterval = TimeSpan.FromSeconds(10);

    public StepRecorder Recorder { get; } = new();

    public List<double> LoadAverages { get; } = [];

    public IssuanceCounts Issued { get; private set; } = new(0, 0, 0, 0);

    public int ApprovedByUsers { get; private set; }

    public int SubmittedByUsers { get; private set; }

    /// <summary>
    /// Virtual user i works at centre i mod C. Its slot i div C picks its node (slot mod nodes) and its
    /// account: the centre's two trainers take slots 0 and 1, learners share the other slots.
    /// </summary>
    public async Task RunAsync()
    {
        var before = await target.ReadIssuanceAsync();
        var users = Enumerable.Range(0, options.Users).Select(CreateUser).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(options.Seconds);

        // Users start one after the other, as a network's users arrive: 200 sign-ins at one instant
        // (each a PBKDF2 hash) would measure a thundering herd, not the steady load.
        var ramp = TimeSpan.FromSeconds(Math.Min(options.RampSeconds, options.Seconds / 4.0)) / users.Count;
        using var sampling = new CancellationTokenSource();
        var sampler = SampleLoadAverageAsync(sampling.Token);
        Recorder.Start();
        await Task.WhenAll(users.Select(async (user, i) =>
        {
            await Task.Delay(ramp * i);
            await user.RunAsync(deadline);
        }));
        Recorder.Stop();
        await sampling.CancelAsync();
        await sampler;

        Issued = await ReadSettledIssuanceAsync() - before;
        ApprovedByUsers = target.Centres.Sum(c => c.Approved);
        SubmittedByUsers = ApprovedByUsers + target.Centres.Sum(c => c.Submitted.Count);
    }

    /// <summary>Whether every approval issued exactly one badge and the users' approvals match the database.</summary>
    public bool IssuanceConsistent =>
        Issued.Approved == ApprovedByUsers
        && Issued.ApprovedWithAssertion == Issued.Approved
        && Issued.DistinctAssertionIds == Issued.Approved
        && Issued.Assertions == Issued.Approved;

    private VirtualUser CreateUser(int index)
    {
        var centre = target.Centres[index % target.Centres.Count];
        var slot = index / target.Centres.Count;
        var node = target.Nodes[slot % target.Nodes.Count].BaseAddress;
        var isTrainer = slot < centre.Trainers.Count;
        var account = isTrainer ? centre.Trainers[slot] : centre.Learners[(slot - centre.Trainers.Count) % centre.Learners.Count];
        return new VirtualUser(centre, account, isTrainer, LoadTarget.Password, node, Recorder, seed: index);
    }

    /// <summary>Reads the counts until two reads 3 s apart agree, so that a badge still being issued is counted.</summary>
    private async Task<IssuanceCounts> ReadSettledIssuanceAsync()
    {
        var counts = await target.ReadIssuanceAsync();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            var again = await target.ReadIssuanceAsync();
            if (again == counts)
            {
                break;
            }

            counts = again;
        }

        return counts;
    }

    private async Task SampleLoadAverageAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var text = await File.ReadAllTextAsync("/proc/loadavg", CancellationToken.None);
            LoadAverages.Add(double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture));
            try
            {
                await Task.Delay(LoadSampleInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
