namespace ProductOps.Ingress;

public sealed record IngressAnswer(string Status, string DeliveryId);
