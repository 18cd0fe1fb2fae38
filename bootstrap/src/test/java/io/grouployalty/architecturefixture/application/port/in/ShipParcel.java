package io.grouployalty.architecturefixture.application.port.in;

/** A use case written as a class instead of an interface. */
public class ShipParcel {

    public void ship() {
        hashCode();
    }
}
