using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Badges.Review;

/// <summary>A user task of a workflow instance that waits for a decision on an application.</summary>
public sealed record PendingReviewTask(Workflow Workflow, BlockingActivity Blocking, UserTaskEvent Task);
