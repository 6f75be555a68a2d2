namespace ProductOps.Updates;

/// <summary>Never tried; tried but not known to have arrived; delivered.</summary>
public enum DeliveryState { New, Sending, Delivered }
