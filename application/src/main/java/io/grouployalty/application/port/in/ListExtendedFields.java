package io.grouployalty.application.port.in;

import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.vavr.collection.List;

/** Lists the extended fields the caller's org defines, by which stored values are read. */
public interface ListExtendedFields {

    List<ExtendedFieldDefinition> extendedFields(Caller caller);
}
