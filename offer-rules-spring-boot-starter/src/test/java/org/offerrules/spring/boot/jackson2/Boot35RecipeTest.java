package org.offerrules.spring.boot.jackson2;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ProblemDetails;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The recipe of docs/spring-boot.md for Spring Boot 3.5 (Jackson 2, no starter), run on Spring MVC:
 * the classes it uses are the same in Spring Framework 6.2 and 7.
 */
@SuppressWarnings({"deprecation", "removal"})   // MappingJackson2HttpMessageConverter: what Boot 3.5 configures
class Boot35RecipeTest {

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
