package org.offerrules.spring.boot.jackson2;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ProblemDetails;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.jackson.InvalidOfferException;
import org.offerrules.validation.jackson.OfferRulesFeature;
import org.offerrules.validation.jackson.OfferRulesModule;
import org.offerrules.validation.model.Offer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The recipe of docs/spring-boot.md for Spring Boot 3.5 (Jackson 2, no starter), run on Spring MVC:
 * the classes it uses are the same in Spring Framework 6.2 and 7.
 */
@SuppressWarnings({"deprecation", "removal"})   // MappingJackson2HttpMessageConverter: what Boot 3.5 configures
class Boot35RecipeTest {

    // snippet: boot35-config
    @Configuration(proxyBeanMethods = false)
    static class OfferRulesConfiguration {

        @Bean
        OfferValidator offerValidator() {
            return OfferValidator.create();
        }

        @Bean   // Boot 3 registers every Jackson Module bean on its ObjectMapper
        Module offerRulesModule(OfferValidator validator) {
            // reading fails on binding problems (with positions); each endpoint checks the rules in its mode
            return new OfferRulesModule().validator(validator).disable(OfferRulesFeature.VALIDATE_ON_READ);
        }
    }

    @RestControllerAdvice
    static class OfferProblems {

        @ExceptionHandler(HttpMessageNotReadableException.class)
        ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
            if (e.getCause() instanceof InvalidOfferException invalid) {
                return problem(invalid.report());
            }
            throw e;   // not an offer: Spring's own handling
        }

        @ExceptionHandler(OfferValidationException.class)
        ResponseEntity<String> invalid(OfferValidationException e) {
            return problem(e.report());
        }

        static ResponseEntity<String> problem(ValidationReport report) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.parseMediaType(ProblemDetails.MEDIA_TYPE))
                    .body(ProblemDetails.of(report).toJson());
        }
    }
    // end: boot35-config

    // snippet: boot35-controller
    @RestController
    static class OffersController {

        private final OfferValidator validator;

        OffersController(OfferValidator validator) {
            this.validator = validator;
        }

        @PostMapping("/offers")
        Offer create(@RequestBody Offer offer) {
            return validator.requireValid(offer, ValidationMode.CREATE);
        }

        @PatchMapping("/offers/{id}")
        Offer update(@RequestBody Offer update) {
            return validator.requireValid(update, ValidationMode.UPDATE);
        }
    }
    // end: boot35-controller

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        OfferRulesConfiguration configuration = new OfferRulesConfiguration();
        OfferValidator validator = configuration.offerValidator();
        ObjectMapper mapper = new ObjectMapper().registerModule(configuration.offerRulesModule(validator));
        return MockMvcBuilders.standaloneSetup(new OffersController(validator))
                .setControllerAdvice(new OfferProblems())
                // as Boot orders them: a String body is written as it is
                .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8),
                        new MappingJackson2HttpMessageConverter(mapper))
                .build();
    }

    @Test
    void aBindingProblemIsAProblemWithItsPosition() throws Exception {
        mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"advertiser_id\": \"abc\", \"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                .andExpect(jsonPath("$.violations[0].code").value(6306))
                .andExpect(jsonPath("$.violations[0].pointer").value("/advertiser_id"))
                .andExpect(jsonPath("$.violations[0].line").value(1))
                .andExpect(jsonPath("$.violations[0].column").value(19));
    }

    @Test
    void eachEndpointChecksTheRulesInItsMode() throws Exception {
        String rename = "{\"id\": 31, \"name\": \"Renamed\"}";
        mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content(rename))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed"));
        mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON).content(rename))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.code == 6305)].pointer").value("/advertiser_id"));
    }
}
