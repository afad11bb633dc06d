package org.offerrules.spring.boot;

import java.util.List;

import org.offerrules.validation.HouseRule;
import org.offerrules.validation.NetworkData;
import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.jackson3.OfferRulesFeature;
import org.offerrules.validation.jackson3.OfferRulesModule;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Auto-configuration of offer-rules: an {@link OfferValidator} from the {@code offer-rules.*}
 * properties (with the application's {@link OfferLookup} bean, if it has one, its {@link HouseRule} beans and
 * its {@link OfferValidatorCustomizer} beans), and in a Spring MVC
 * application request bodies validated in their endpoint's {@link OfferRules mode} and every failure
 * answered as RFC 9457 problem details. Each bean backs off when the application defines its own
 * (the validator by type, the others by name); {@code offer-rules.enabled=false} turns it all off.
 */
@AutoConfiguration
@ConditionalOnClass(OfferValidator.class)
@ConditionalOnBooleanProperty(name = "offer-rules.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OfferRulesProperties.class)
public class OfferRulesAutoConfiguration {

    /** Used by Spring: the auto-configuration is imported, never built by hand. */
    public OfferRulesAutoConfiguration() {
    }

    /**
     * The validator every offer-rules bean uses.
     *
     * @param properties the {@code offer-rules.*} properties
     * @param lookup     the application's lookup, when it has exactly one; else the data folder of
     *                   {@code offer-rules.data}, if set
     * @param houseRules the application's house rules, in their beans' order
     * @param customizers the application's customizers, applied in their order after the properties
     * @return a validator in the configured mode, fail-fast setting, locale and rule settings, with the house rules
     *     ({@code offer-rules.rules}, {@code offer-rules.overrides} or {@code offer-rules.config})
     */
    @Bean
    @ConditionalOnMissingBean
    public OfferValidator offerValidator(OfferRulesProperties properties, ObjectProvider<OfferLookup> lookup,
                                         ObjectProvider<HouseRule> houseRules,
                                         ObjectProvider<OfferValidatorCustomizer> customizers) {
        org.offerrules.validation.config.ConfigFile file = properties.configFile();
        List<HouseRule> beans = houseRules.orderedStream().toList();
        if (file != null) {
            file.checkHouseCodes(beans); // at the line of the file's key
        }
        java.nio.file.Path folder = properties.getData() != null || file == null ? properties.getData()
                : file.data().orElse(null);
        OfferValidator.Builder builder = OfferValidator.builder()
                .houseRules(beans)
                .houseRules(file == null ? List.of() : file.houseRules())
                .mode(properties.getMode())
                .failFast(properties.isFailFast())
                .locale(properties.getLocale())
                .lookup(lookup.getIfUnique(() -> data(folder)))
                .settings(properties.ruleSettings());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * Reads the levels of {@code offer-rules.rules} and {@code offer-rules.overrides[i].rules} as the
     * configuration file reads them ({@link RuleSettings.Level#of}): a wrong one stops the start naming the
     * levels and the nearest ({@code warn}: did you mean warning?), where Spring's own conversion of an
     * enum says only that there is no such constant.
     *
     * @return the converter, used only while the properties are bound
     */
    @Bean
    @ConfigurationPropertiesBinding
    public static Converter<String, RuleSettings.Level> offerRulesLevelConverter() {
        return new LevelConverter();
    }

    /** A named class, not a lambda: Spring reads the converter's source and target types from its class. */
    static final class LevelConverter implements Converter<String, RuleSettings.Level> {
        @Override
        public RuleSettings.Level convert(String source) {
            return RuleSettings.Level.of(source);
        }
    }

    /** The lookup of {@code offer-rules.data}: the folder's {@link NetworkData}, or none without one. */
    private static OfferLookup data(java.nio.file.Path folder) {
        if (folder == null) {
            return OfferLookup.NONE;
        }
        try {
            return NetworkData.load(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("offer-rules.data " + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JsonMapperBuilderCustomizer.class)
    static class JacksonConfiguration {

        // Boot builds its JsonMapper, and so the MVC converters' mapper, with every customizer
        @Bean
        @ConditionalOnMissingBean(name = "offerRulesJsonMapperBuilderCustomizer")
        JsonMapperBuilderCustomizer offerRulesJsonMapperBuilderCustomizer(OfferValidator validator,
                                                                          OfferRulesProperties properties) {
            OfferRulesModule module = new OfferRulesModule().validator(validator)
                    .configure(OfferRulesFeature.VALIDATE_ON_READ, properties.isValidateOnRead());
            return builder -> builder.addModule(module);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class WebMvcConfiguration {

        /** Before Boot's HiddenHttpMethodFilter (-10000), after its CharacterEncodingFilter (first). */
        static final int FORM_BODY_FILTER_ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 10_100;

        @Bean
        @ConditionalOnMissingBean(name = "offerRulesWebMvcConfigurer")
        WebMvcConfigurer offerRulesWebMvcConfigurer(ObjectProvider<JsonMapper> mapper, OfferValidator validator,
                                                    OfferRulesProperties properties) {
            long maxBody = properties.getMaxBodySize().toBytes();
            return new WebMvcConfigurer() {
                @Override
                public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
                    // before the application's JSON converter, for the library's request types only
                    mapper.ifAvailable(m -> builder.addCustomConverter(new OfferRulesHttpMessageConverter(m,
                            new RequestBodies(validator), maxBody, properties.isValidateOnRead())));
                }
            };
        }

        /**
         * The bytes of a form body as the client sent them, for the endpoints that read a request: kept
         * before the container parses parameters, and so before Boot's filters that ask for them
         * ({@code HiddenHttpMethodFilter}, {@code FormContentFilter}) and a security filter chain.
         */
        @Bean
        @ConditionalOnMissingBean(name = "offerRulesFormBodyFilter")
        FilterRegistrationBean<FormBodyFilter> offerRulesFormBodyFilter(
                ObjectProvider<RequestMappingInfoHandlerMapping> mappings, OfferRulesProperties properties) {
            FilterRegistrationBean<FormBodyFilter> registration = new FilterRegistrationBean<>(new FormBodyFilter(
                    () -> mappings.orderedStream().toList(), properties.getMaxBodySize().toBytes()));
            registration.setOrder(FORM_BODY_FILTER_ORDER);
            return registration;
        }

        @Bean
        @ConditionalOnMissingBean(name = "offerRulesExceptionResolver")
        OfferRulesExceptionResolver offerRulesExceptionResolver(OfferRulesProperties properties) {
            return new OfferRulesExceptionResolver(properties.getProblemTypeBase());
        }

        @Bean
        @ConditionalOnMissingBean(name = "offerRulesControllerAdvice")
        OfferRulesControllerAdvice offerRulesControllerAdvice(OfferValidator validator) {
            return new OfferRulesControllerAdvice(validator);
        }
    }
}
