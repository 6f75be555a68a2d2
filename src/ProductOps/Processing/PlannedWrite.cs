namespace ProductOps.Processing;

/// <summary>
/// One tracker write a plan calls for. The planners put one here only when the tracker shows another
/// value, so an unchanged item plans none; <see cref="object.ToString"/> says it as the dry run prints it.
/// </summary>
public abstract record PlannedWrite;
