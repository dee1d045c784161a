package no.samkart.db;
class Placeholder {}
