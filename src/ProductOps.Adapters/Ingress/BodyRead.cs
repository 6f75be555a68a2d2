namespace ProductOps.Ingress;

public readonly record struct BodyRead(byte[]? Body, BodyRefusal Refusal)
{
    public static BodyRead Ok(byte[] body) => new(body, BodyRefusal.None);

    public static BodyRead Refused(BodyRefusal refusal) => new(null, refusal);
}
