using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using GpConnect.Provider.Tests.Foundations.Registration;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// Bodies for <c>$gpc.registerpatient</c>: valid Parameters in JSON and XML for people on the local PDS dataset (so some
/// register, and later ones race or meet a duplicate), and every way of getting one wrong: deep nesting, huge values,
/// <c>[]</c> and other bare JSON, abstract or wrong resource types, invalid UTF-8, NUL, BOMs, DTDs, wrong content types.
/// </summary>
internal sealed class RegisterPatientBodies(FuzzText text)
{
    private const string FhirJson = "application/fhir+json";
    private const string FhirXml = "application/fhir+xml";

    /// <summary>People the other tests name: on the local PDS dataset, registered here already, or registered but inactive.</summary>
    private static readonly Person[] s_people =
    [
        new("9651258500", "REA", "Clive", "male", "1951-03-10"),
        new("9651258519", "SOFFE", "Oscar", "male", "1937-03-11"),
        new("9651258527", "FLYNN", "Tommy", "male", "1950-04-10"),
        new("9651258578", "HYFLE", "Claude", "male", "1939-01-14"),
        new("9651258586", "TOOLE", "Felix", "male", "1934-08-13"),
        new("9690937278", "SAMUAL", "Lucien", "male", "1938-12-11"),
        new("9690938142", "BUCK", "Eve", "female", "1999-04-13"),
    ];

    private static readonly string[] s_patientFields = ["family", "given", "nhsNumber", "birthDate", "gender", "phone", "postalCode", "line", "city"];

    private static readonly string[] s_bareJson = ["[]", "{}", "null", "\"\"", "0", "true", "[{}]", "", " \n\t ", "[[]]", "{\"resourceType\":\"Parameters\"}", "{\"resourceType\":\"Parameters\",\"parameter\":[]}"];

    private static readonly string[] s_oddResourceTypes = ["Resource", "DomainResource", "Element", "BackboneElement", "Bundle", "OperationOutcome", "Patient", "", "parameters", "Unknown"];

    private static readonly string[] s_oddContentTypes =
    [
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
        "application/fhir+json;charset=iso-8859-1", "application/fhir+json; charset=utf-16", "application/fhir+jsonx", "application/fhir+", "application/",
        "*/*", "application/fhir+json, application/fhir+xml", "text/html", "application/fhir+xml;fhirVersion=4.0", "application/fhir+json;;;",
    ];

    public (string Shape, byte[] Body, string? ContentType) Next()
    {
        var person = text.Chance(0.6) ? text.Pick(s_people) : RandomPerson();
        text.Sent(person.NhsNumber);
        switch (text.Random.Next(14))
        {
            case 0:
                return ("body/valid-json", Utf8(Json(person).ToJsonString()), JsonContentType());
            case 1:
                return ("body/valid-xml", Utf8(Xml(person)), XmlContentType());
            case 2:
                var field = text.Pick(s_patientFields);
                var garbled = text.Chance(0.5) ? person.With(field, text.GarbleText(person.Field(field))) : person.With(field, text.Huge(101, 5_000));
                return text.Chance(0.5)
                    ? ("body/garbled-field-json", Utf8(Json(garbled).ToJsonString()), FhirJson)
                    : ("body/garbled-field-xml", Utf8(Xml(garbled)), FhirXml);
            case 3:
                return ("body/deep-json", Utf8(DeepJson(person, text.Random.Next(50, 20_000))), FhirJson);
            case 4:
                return ("body/deep-xml", Utf8(DeepXml(person, text.Random.Next(50, 20_000))), FhirXml);
            case 5:
                return Huge(person);
            case 6:
                return ("body/bare-json", Utf8(text.Pick(s_bareJson)), FhirJson);
            case 7:
                return OddResourceType(person);
            case 8:
                return InvalidUtf8(person);
            case 9:
                return Nul(person);
            case 10:
                return WrongContentType(person);
            case 11:
                return OddEncoding(person);
            case 12:
                return XmlSpecials(person);
            default:
                var json = Json(person);
                PatientOf(json)[text.Chance(0.5) ? "gender" : "birthDate"] = text.Chance(0.5) ? 19510310 : new JsonArray("1951-03-10");
                return ("body/wrong-json-type", Utf8(json.ToJsonString()), FhirJson);
        }
    }

    private Person RandomPerson() =>
        new(text.NhsNumber(), text.Word(2, 12).ToUpperInvariant(), text.Word(2, 10), text.Pick(s_genders), $"19{text.Digits(2)}-0{text.Random.Next(1, 10)}-1{text.Random.Next(0, 10)}");

    private static readonly string[] s_genders = ["male", "female", "other", "unknown"];

    private string JsonContentType() => text.Pick(s_jsonContentTypes);

    private string XmlContentType() => text.Pick(s_xmlContentTypes);

    private static readonly string[] s_jsonContentTypes = [FhirJson, FhirJson + ";charset=utf-8", "application/json", "application/json+fhir", "APPLICATION/FHIR+JSON"];

    private static readonly string[] s_xmlContentTypes = [FhirXml, FhirXml + ";charset=utf-8", "application/xml", "application/xml+fhir", "text/xml"];

    /// <summary>The shared register request (<see cref="RegisterPatientRequests.Body(string, string, string, string, string)"/>) with this person's contact details.</summary>
    private static JsonObject Json(Person person)
    {
        var body = RegisterPatientRequests.Body(person.NhsNumber, person.Family, person.Given, person.Gender, person.BirthDate);
        var patient = PatientOf(body);
        patient["telecom"]![0]!["value"] = person.Phone;
        var address = patient["address"]![0]!;
        address["line"] = new JsonArray(person.Line);
        address["city"] = person.City;
        address["postalCode"] = person.PostalCode;
        return body;
    }

    private static JsonObject PatientOf(JsonObject parameters) => RegisterPatientRequests.PatientOf(parameters);

    private static string Xml(Person person, string patientContent = "") =>
        "<Parameters xmlns=\"http://hl7.org/fhir\"><parameter><name value=\"registerPatient\"/><resource><Patient>"
        + "<meta><profile value=\"https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1\"/></meta>"
        + patientContent
        + $"<identifier><system value=\"https://fhir.nhs.uk/Id/nhs-number\"/><value value=\"{Escape(person.NhsNumber)}\"/></identifier>"
        + $"<name><use value=\"official\"/><family value=\"{Escape(person.Family)}\"/><given value=\"{Escape(person.Given)}\"/></name>"
        + $"<telecom><system value=\"phone\"/><value value=\"{Escape(person.Phone)}\"/><use value=\"home\"/></telecom>"
        + $"<gender value=\"{Escape(person.Gender)}\"/><birthDate value=\"{Escape(person.BirthDate)}\"/>"
        + $"<address><use value=\"home\"/><line value=\"{Escape(person.Line)}\"/><city value=\"{Escape(person.City)}\"/><postalCode value=\"{Escape(person.PostalCode)}\"/></address>"
        + "</Patient></resource></parameter></Parameters>";

    private static string Escape(string value) => SecurityElement.Escape(value) ?? string.Empty;

    /// <summary>Extensions nested in the Patient, or bare arrays, far deeper than any real resource (written as text: JsonNode refuses such depths).</summary>
    private string DeepJson(Person person, int depth)
    {
        var body = Json(person).ToJsonString();
        var nested = new StringBuilder();
        if (text.Chance(0.5))
        {
            nested.Insert(0, "{\"url\":\"https://example.org/deep\",\"extension\":[", depth);
            nested.Append("{\"url\":\"https://example.org/deep\",\"valueString\":\"bottom\"}");
            nested.Insert(nested.Length, "]}", depth);
            return body.Replace("\"resourceType\":\"Patient\",", "\"resourceType\":\"Patient\",\"extension\":[" + nested + "],", StringComparison.Ordinal);
        }

        nested.Insert(0, "[", depth).Insert(nested.Length, "]", depth);
        return body.Replace("\"name\":\"registerPatient\",", "\"name\":\"registerPatient\",\"valueString\":" + nested + ",", StringComparison.Ordinal);
    }

    private string DeepXml(Person person, int depth)
    {
        var nested = new StringBuilder();
        if (text.Chance(0.5))
        {
            nested.Insert(0, "<extension url=\"https://example.org/deep\">", depth);
            nested.Append("<valueString value=\"bottom\"/>");
            nested.Insert(nested.Length, "</extension>", depth);
            return Xml(person, nested.ToString());
        }

        nested.Insert(0, "<a>", depth).Insert(nested.Length, "</a>", depth);
        return Xml(person, nested.ToString());
    }

    private (string, byte[], string?) Huge(Person person)
    {
        switch (text.Random.Next(3))
        {
            case 0:
                var huge = person.With(text.Pick(s_patientFields), text.Huge(100_000, 1_000_000));
                return ("body/huge-value", Utf8(text.Chance(0.5) ? Json(huge).ToJsonString() : Xml(huge)), text.Chance(0.5) ? FhirJson : FhirXml);
            case 1:
                var json = Json(person);
                var parameters = json["parameter"]!.AsArray();
                for (var i = text.Random.Next(500, 5_000); i > 0; i--)
                {
                    parameters.Add(new JsonObject { ["name"] = "registerPatient", ["valueString"] = text.Word() });
                }

                return ("body/many-parameters", Utf8(json.ToJsonString()), FhirJson);
            default:
                return ("body/huge-whitespace", Utf8(new string(' ', text.Random.Next(100_000, 2_000_000)) + Json(person).ToJsonString()), FhirJson);
        }
    }

    private (string, byte[], string?) OddResourceType(Person person)
    {
        var json = Json(person);
        if (text.Chance(0.5))
        {
            json["resourceType"] = text.Pick(s_oddResourceTypes);
            return ("body/odd-top-resource-type", Utf8(json.ToJsonString()), FhirJson);
        }

        var type = text.Pick(s_oddResourceTypes);
        if (text.Chance(0.5))
        {
            PatientOf(json)["resourceType"] = type;
            return ("body/odd-inner-resource-type", Utf8(json.ToJsonString()), FhirJson);
        }

        var xml = Xml(person).Replace("<Patient>", $"<{type}>", StringComparison.Ordinal).Replace("</Patient>", $"</{type}>", StringComparison.Ordinal);
        return ("body/odd-inner-resource-type-xml", Utf8(type.Length == 0 ? Xml(person).Replace("Patient>", ">", StringComparison.Ordinal) : xml), FhirXml);
    }

    private (string, byte[], string?) InvalidUtf8(Person person)
    {
        const string mark = "QQINVALIDQQ";
        byte[][] invalid = [[0xC3, 0x28], [0xFF], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]];
        var xml = text.Chance(0.5);
        var marked = person.With("family", person.Family + mark);
        var body = xml ? Xml(marked) : Json(marked).ToJsonString();
        var at = body.IndexOf(mark, StringComparison.Ordinal);
        byte[] bytes = [.. Utf8(body[..at]), .. text.Pick(invalid), .. Utf8(body[(at + mark.Length)..])];
        return (xml ? "body/invalid-utf8-xml" : "body/invalid-utf8-json", bytes, xml ? FhirXml : FhirJson);
    }

    private (string, byte[], string?) Nul(Person person) => text.Random.Next(3) switch
    {
        0 => ("body/nul-escaped-json", Utf8(Json(person.With(text.Pick(s_patientFields), "Nul\u0000InTheMiddle")).ToJsonString()), FhirJson),
        1 => ("body/nul-char-reference-xml", Utf8(Xml(person).Replace(Escape(person.Family), "Nul&#0;InTheMiddle", StringComparison.Ordinal)), FhirXml),
        _ => ("body/nul-raw", Utf8(Json(person).ToJsonString().Replace(person.Family, person.Family + "\0", StringComparison.Ordinal)), FhirJson),
    };

    private (string, byte[], string?) WrongContentType(Person person)
    {
        var json = Utf8(Json(person).ToJsonString());
        var xml = Utf8(Xml(person));
        return text.Random.Next(5) switch
        {
            0 => ("content-type/none", json, null),
            1 => ("content-type/xml-body-as-json", xml, FhirJson),
            2 => ("content-type/json-body-as-xml", json, FhirXml),
            3 => ("content-type/garbled", text.Chance(0.5) ? json : xml, text.GarbleHeaderValue(FhirJson)),
            _ => ("content-type/other", text.Chance(0.5) ? json : xml, text.Pick(s_oddContentTypes)),
        };
    }

    private (string, byte[], string?) OddEncoding(Person person)
    {
        var body = Json(person).ToJsonString();
        return text.Random.Next(5) switch
        {
            0 => ("body/utf8-bom", Utf8("\uFEFF" + body), FhirJson),
            1 => ("body/utf16", System.Text.Encoding.Unicode.GetBytes(body), FhirJson),
            2 => ("body/truncated", Utf8(body[..text.Random.Next(1, body.Length)]), FhirJson),
            3 => ("body/trailing-garbage", Utf8(body + text.Pick(s_trailers)), FhirJson),
            _ => ("body/duplicate-keys", Utf8("{\"resourceType\":\"Patient\"," + body[1..]), FhirJson),
        };
    }

    private static readonly string[] s_trailers = ["}", "]", "x", "{}", "\0", ",", "<"];

    private (string, byte[], string?) XmlSpecials(Person person)
    {
        var xml = Xml(person);
        return text.Random.Next(6) switch
        {
            // Bounded expansion: a few thousand characters if a parser expands it.
            0 => ("body/xml-dtd-entities", Utf8("<!DOCTYPE Parameters [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + xml.Replace(Escape(person.Family), "&c;", StringComparison.Ordinal)), FhirXml),
            1 => ("body/xml-external-entity", Utf8("<!DOCTYPE Parameters [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + xml.Replace(Escape(person.Family), "&x;", StringComparison.Ordinal)), FhirXml),
            2 => ("body/xml-processing-instruction", Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?xml-stylesheet href=\"x\"?><!-- c -->" + xml), FhirXml),
            3 => ("body/xml-cdata", Utf8(xml.Replace("<name value=\"registerPatient\"/>", "<name><![CDATA[registerPatient]]></name>", StringComparison.Ordinal)), FhirXml),
            4 => ("body/xml-foreign-namespace", Utf8(xml.Replace("http://hl7.org/fhir", "http://example.org/" + text.Word(), StringComparison.Ordinal)), FhirXml),
            _ => ("body/xml-declared-encoding", Utf8("<?xml version=\"1.0\" encoding=\"" + text.Pick(s_xmlEncodings) + "\"?>" + xml), FhirXml),
        };
    }

    private static readonly string[] s_xmlEncodings = ["UTF-16", "ISO-8859-1", "EBCDIC", "x-unknown", ""];

    private static byte[] Utf8(string value) => System.Text.Encoding.UTF8.GetBytes(value);

    /// <summary>What a register patient body says about the person; any field can be replaced by the fuzzer.</summary>
    private sealed record Person(string NhsNumber, string Family, string Given, string Gender, string BirthDate)
    {
        public string Phone { get; init; } = "0113 496 9999";

        public string PostalCode { get; init; } = "LS18 1AE";

        public string Line { get; init; } = "1 Withings Lane";

        public string City { get; init; } = "Leeds";

        public string Field(string name) => name switch
        {
            "family" => Family,
            "given" => Given,
            "nhsNumber" => NhsNumber,
            "birthDate" => BirthDate,
            "gender" => Gender,
            "phone" => Phone,
            "postalCode" => PostalCode,
            "line" => Line,
            _ => City,
        };

        public Person With(string name, string value) => name switch
        {
            "family" => this with { Family = value },
            "given" => this with { Given = value },
            "nhsNumber" => this with { NhsNumber = value },
            "birthDate" => this with { BirthDate = value },
            "gender" => this with { Gender = value },
            "phone" => this with { Phone = value },
            "postalCode" => this with { PostalCode = value },
            "line" => this with { Line = value },
            _ => this with { City = value },
        };
    }
}
