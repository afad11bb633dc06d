package com.example;

/** A module without offer files: the inherited goal passes it. */
class App {
}
