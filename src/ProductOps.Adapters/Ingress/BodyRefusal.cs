namespace ProductOps.Ingress;

public enum BodyRefusal { None, TooLarge, TooSlow, Busy, BadSignature }
