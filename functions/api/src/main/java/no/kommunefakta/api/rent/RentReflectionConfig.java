package no.kommunefakta.api.rent;

import no.kommunefakta.rent.CostKind;
import no.kommunefakta.rent.Lokalefunksjoner;
import no.kommunefakta.rent.Regime;
import no.kommunefakta.rent.RentAllocation;
import no.kommunefakta.rent.RentRequest;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Request and answer records of allocateInternalRent from the plain-Java kostra module (for the native image). */
@RegisterForReflection(targets = {RentRequest.class, RentRequest.Pool.class, RentRequest.Line.class,
        RentRequest.User.class, RentAllocation.class, RentAllocation.PoolResult.class, RentAllocation.KeyTotal.class,
        RentAllocation.LineResult.class, RentAllocation.UserShare.class, RentAllocation.UserPosting.class,
        RentAllocation.Posting.class, RentAllocation.PostingTrace.class, RentAllocation.TraceSource.class,
        RentAllocation.Reconciliation.class, RentAllocation.NettingProof.class, RentAllocation.RentValidation.class,
        RentAllocation.PostingFinding.class, RentAllocation.ExcusedFinding.class, Lokalefunksjoner.Mapping.class,
        Lokalefunksjoner.Basis.class, Regime.class, CostKind.class, RentJson.OmitAbsent.class})
final class RentReflectionConfig {
    private RentReflectionConfig() {
    }
}
