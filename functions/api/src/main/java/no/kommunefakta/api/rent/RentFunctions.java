package no.kommunefakta.api.rent;

import no.kommunefakta.api.Routes;
import no.kommunefakta.rent.RentAllocation;
import no.kommunefakta.rent.RentAllocator;
import no.kommunefakta.rent.RentInputException;
import no.kommunefakta.rent.RentRequest;

import io.quarkus.funqy.Funq;
import no.kommunefakta.api.request.BadRequest;

/** Internal-rent allocation as a Funqy function: {@code POST /allocateInternalRent}. */
public class RentFunctions {

    /**
     * Splits the pools' costs over their users and returns the shares, the internal rent, the reportable KOSTRA
     * postings of the year's regime and the validators' verdict on them. Bad input is answered with HTTP 400 naming
     * the field and value.
     */
    @Funq(Routes.ALLOCATE_INTERNAL_RENT)
    public RentAllocation allocateInternalRent(RentRequest request) {
        if (request == null) {
            throw new BadRequest("body", null, "Forespørselen mangler JSON-kropp (the request body is empty).");
        }
        try {
            return RentAllocator.standard().allocate(request);
        } catch (RentInputException e) {
            throw new BadRequest(e.field(), e.value(), e.getMessage());
        }
    }
}
