namespace ProductOps.Scoring;

/// <summary>How ICE combines its three 1-10 inputs.</summary>
public enum IceMode { Product, Mean }
