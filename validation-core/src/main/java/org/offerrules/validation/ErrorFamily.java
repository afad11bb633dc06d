package org.offerrules.validation;

/**
 * The part of the network API an error code belongs to, from the code's number range; {@link #HOUSE}
 * for a team's own codes.
 */
public enum ErrorFamily {
    /** 60xx: the request itself, the network, API keys and methods. */
    REQUEST,
    /** 61xx: advertisers. */
    ADVERTISER,
    /** 6200–6224: affiliates. */
    AFFILIATE,
    /** 6225–6237: postback URLs. */
    POSTBACK,
    /** 63xx and 63990–63993: offers ({@code setOffer}). */
    OFFER,
    /** 6400–6443: tracking-link generation. */
    LINK,
    /** 6480–6484: conversion queries. */
    CONVERSION,
    /** 65xx: report queries. */
    REPORT,
    /** 66xx: campaign settings (backup and GEO redirect offers). */
    CAMPAIGN,
    /** 67xx: offer events ({@code setOfferEventBaseInfo}). */
    EVENT,
    /** 6801–6806: offer applications. */
    APPLICATION,
    /** 6807 and up: parameters shared by several requests. */
    GENERAL,
    /** A team's own codes, {@code PREFIX-n}: its {@linkplain HouseRule house rules}, not the API's. */
    HOUSE
}
