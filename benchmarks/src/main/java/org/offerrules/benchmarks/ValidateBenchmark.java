package org.offerrules.benchmarks;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.model.Offer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Validating in-memory offers (create mode), one offer per operation: ops/s is offers/s.
 * <ul>
 *   <li>{@code compiled}: the product, {@link OfferValidator} with its default compiled engine;</li>
 *   <li>{@code plainHibernateValidator}: the baseline, a user's plain Hibernate Validator
 *       ({@link Validation#buildDefaultValidatorFactory()}, default EL message interpolation) on the
 *       same records and groups;</li>
 *   <li>{@code hibernateEngine}: our validator's {@link OfferValidator.Engine#HIBERNATE_VALIDATOR}
 *       engine (HV without EL, violations converted to the product's reports), for reference.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class ValidateBenchmark {

    private static final Class<?>[] CREATE_GROUPS = {Default.class, Create.class};

    private OfferValidator compiled;
    private OfferValidator hibernateEngine;
    private ValidatorFactory plainFactory;
    private Validator plain;

    @Setup
    public void setUp() {
        compiled = OfferValidator.create();
        hibernateEngine = OfferValidator.builder().engine(OfferValidator.Engine.HIBERNATE_VALIDATOR).build();
        plainFactory = Validation.buildDefaultValidatorFactory();
        plain = plainFactory.getValidator();
    }

    @TearDown
    public void tearDown() {
        plainFactory.close();
    }

    @Benchmark
    public ValidationReport compiled(DataSet data, Cursor cursor) {
        return compiled.validate(data.offers[cursor.next()]);
    }

    @Benchmark
    public ValidationReport hibernateEngine(DataSet data, Cursor cursor) {
        return hibernateEngine.validate(data.offers[cursor.next()]);
    }

    @Benchmark
    public Set<ConstraintViolation<Offer>> plainHibernateValidator(DataSet data, Cursor cursor) {
        return plain.validate(data.offers[cursor.next()], CREATE_GROUPS);
    }
}
