namespace ApprenantAgile.Workflows.Activities;

/// <summary>An activity kind registered with <c>AddActivity&lt;T&gt;()</c>: its name (the class name) and class.</summary>
public sealed record ActivityRegistration(string Name, Type Type);
