package org.offerrules.benchmarks;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.JsonMapperFactory;

import org.offerrules.validation.Request;
import org.offerrules.validation.wire.JsonSchemas;
import tools.jackson.databind.ObjectMapper;

/**
 * The peer a Java user would pick: networknt's json-schema-validator, default configuration (the
 * JDK's regular expressions, {@code format} as annotation, as draft 2020-12 says), on the schema
 * {@code offer-lint schema --request setOffer} prints, taken from the code that prints it
 * ({@link JsonSchemas#of}). A document is parsed from its bytes by networknt's own mapper, then
 * validated: the parse is part of the cost, as it is of {@code OfferReader.read(byte[])}.
 */
final class SchemaPeer {

    private final Schema schema;
    private final ObjectMapper mapper = JsonMapperFactory.getInstance();

    SchemaPeer() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonSchemas.of(Request.SET_OFFER), InputFormat.JSON);
    }

    /** What the schema finds wrong with the document {@code json}: empty when it is valid. */
    List<Error> validate(byte[] json) {
        return schema.validate(mapper.readTree(json));
    }
}
