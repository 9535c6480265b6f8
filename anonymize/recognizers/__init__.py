"""Clearance's own recognizers, registered in Presidio's RecognizerRegistry next to its
predefined ones (see ``anonymize.scan.build_analyzer``). Grouped by how they find a value:
by its shape (``patterns``), by who it is (``people``), by its checksum or register cue
(``ids``), or by the cue said before it (``cued``)."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer

from anonymize.recognizers.base import RegexRecognizer
from anonymize.recognizers.gazetteer import GazetteerRecognizer
from anonymize.recognizers.cued import CuedAddressRecognizer, CuedEntityRecognizer
from anonymize.recognizers.ids import (NATIONAL_ID_ENTITIES, NationalIdRecognizer, RegistryNumberRecognizer,
                                      long_digit_code_recognizer)
from anonymize.recognizers.patterns import (
    HolidayYearRecognizer,
    MoneyRecognizer,
    ObfuscatedContactRecognizer,
    SpokenDateRecognizer,
    age_recognizer,
    case_number_recognizer,
    company_recognizer,
    institution_recognizer,
    criminal_sentence_recognizer,
    date_recognizer,
    job_title_recognizer,
    local_phone_recognizer,
    marital_status_recognizer,
    medical_condition_recognizer,
    personal_site_recognizer,
    school_recognizer,
    social_handle_recognizer,
    street_address_recognizer,
)
from anonymize.recognizers.people import (
    ContextNameRecognizer,
    NameGazetteerRecognizer,
    OccupationRecognizer,
    occupation_heads,
)


# Presidio's own national-id recognizers for other countries, registered for our language:
# each checks its number's checksum or date (all but SG_NRIC_FIN), so a bare number counts.
_PRESIDIO_NATIONAL_IDS = ("EsNieRecognizer", "EsNifRecognizer", "FiPersonalIdentityCodeRecognizer",
                          "InAadhaarRecognizer", "KrRrnRecognizer", "SePersonnummerRecognizer",
                          "SgFinRecognizer", "ThTninRecognizer", "TrNationalIdRecognizer",
                          "ZaIdNumberRecognizer", "AuTfnRecognizer", "AuMedicareRecognizer", "AuAbnRecognizer", "AuAcnRecognizer",
                          "DeIdCardRecognizer", "DePassportRecognizer", "NgNinRecognizer")


def presidio_national_id_recognizers(language: str) -> list[LocalRecognizer]:
    import presidio_analyzer.predefined_recognizers as predefined

    return [getattr(predefined, name)(supported_language=language) for name in _PRESIDIO_NATIONAL_IDS]


def clearance_recognizers() -> list[LocalRecognizer]:
    return [age_recognizer(), school_recognizer(), date_recognizer(), street_address_recognizer(),
            MoneyRecognizer(supported_entities=["MONEY"], name="ClearanceMoneyRecognizer"),
            HolidayYearRecognizer(supported_entities=["DATE_TIME"], name="ClearanceHolidayYearRecognizer"),
            SpokenDateRecognizer(supported_entities=["DATE_TIME"], name="ClearanceSpokenDateRecognizer"),
            company_recognizer(), institution_recognizer(), job_title_recognizer(), social_handle_recognizer(),
            criminal_sentence_recognizer(), medical_condition_recognizer(), marital_status_recognizer(),
            RegistryNumberRecognizer(supported_entities=["REGISTRY_NUMBER"], name="ClearanceRegistryNumberRecognizer"),
            OccupationRecognizer(supported_entities=["OCCUPATION"], name="ClearanceOccupationRecognizer"),
            case_number_recognizer(), long_digit_code_recognizer(), local_phone_recognizer(), personal_site_recognizer(),
            NameGazetteerRecognizer(supported_entities=["PERSON"], name="ClearanceNameGazetteer"),
            ContextNameRecognizer(supported_entities=["PERSON"], name="ClearanceContextNameRecognizer"),
            NationalIdRecognizer(supported_entities=NATIONAL_ID_ENTITIES,
                                 name="ClearanceNationalIdRecognizer"),
            CuedAddressRecognizer(supported_entities=["STREET_ADDRESS"],
                                  name="ClearanceCuedAddressRecognizer"),
            CuedEntityRecognizer(supported_entities=["LOCATION", "ORGANIZATION", "JOB_TITLE", "SCHOOL"],
                                 name="ClearanceCuedEntityRecognizer"),
            ObfuscatedContactRecognizer(supported_entities=["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN"],
                                        name="ClearanceObfuscatedContactRecognizer"),
            GazetteerRecognizer(supported_entities=["LOCATION", "ORGANIZATION"], name="ClearanceGazetteer")]


__all__ = ["clearance_recognizers", "presidio_national_id_recognizers", "RegexRecognizer", "NATIONAL_ID_ENTITIES", "ContextNameRecognizer",
           "CuedAddressRecognizer", "CuedEntityRecognizer", "NationalIdRecognizer",
           "ObfuscatedContactRecognizer", "RegistryNumberRecognizer", "OccupationRecognizer",
           "NameGazetteerRecognizer", "MoneyRecognizer", "occupation_heads"]
