package dev.eventscope.contracts.fulfilment;

import java.util.List;

public record FulfilmentList(List<FulfilmentView> fulfilments) {}
