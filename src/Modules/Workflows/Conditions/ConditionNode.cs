using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Conditions;

/// <summary>A node of a parsed condition.</summary>
public abstract record ConditionNode;

/// <summary>A number, string, boolean or null written in the condition.</summary>
public sealed record LiteralNode(JsonNode? Value) : ConditionNode;

/// <summary>A value of the instance, such as <c>Input.Badge.Level</c> or <c>Properties.Tags[0]</c>.</summary>
public sealed record PathNode(string Root, IReadOnlyList<object> Segments) : ConditionNode;

public sealed record ComparisonNode(ConditionNode Left, string Operator, ConditionNode Right) : ConditionNode;

public sealed record AndNode(ConditionNode Left, ConditionNode Right) : ConditionNode;

public sealed record OrNode(ConditionNode Left, ConditionNode Right) : ConditionNode;

public sealed record NotNode(ConditionNode Operand) : ConditionNode;
