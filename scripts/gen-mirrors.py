#!/usr/bin/env python3
"""Generates the Swift mirrors (see `ProtoMessage`) of reminders.proto, policies.proto,
collections.proto and reports.proto in the style of the hand-written CommonMessages.swift,
AccountsMessages.swift and PaymentsMessages.swift, plus their round-trip tests.

It also writes Sources/ACSWire/ProtoCodecs.swift: for every mirror, generated or hand-written
(every `public struct X: ProtoMessage` of Sources/ACSWire), the `ProtoCodable` code that fills
and reads its protobuf-c struct field by field.

Usage: scripts/gen-mirrors.py [OUTDIR]
  no OUTDIR: writes Sources/ACSWire/{Reminders,Policies,Collections,Reports}Messages.swift,
             Sources/ACSWire/ProtoCodecs.swift and
             Tests/ACSWireTests/GeneratedMirrorRoundTripTests.swift (make mirrors)
  OUTDIR:    writes the same files, flat, into OUTDIR (make check-mirrors)

The proto files are read with a small line-based parser that knows the repository's
proto style (one statement per line, `//` comments); anything it does not understand
(oneof, map, optional, nested types, options) stops it with an error rather than
producing a wrong mirror. Types of the other proto files (common.proto, accounts.proto,
frame.proto, ...) are referenced, never generated: their mirrors are hand-written."""
import os
import re
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROTO_DIR = os.path.join(TOP, "proto", "acs", "v1")
PACKAGE = "acs.v1"
GENERATED = ["reminders.proto", "policies.proto", "collections.proto", "reports.proto"]
SOURCES_DIR = os.path.join(TOP, "Sources", "ACSWire")
TESTS_FILE = os.path.join(TOP, "Tests", "ACSWireTests", "GeneratedMirrorRoundTripTests.swift")
CODECS = "ProtoCodecs.swift"
MAX_LINE = 124  # the longest single-line init in the hand-written mirrors is 123 columns
MAX_SAMPLE_LINE = 120

SCALARS = {
    "string": ("String", '""'),
    "bool": ("Bool", "false"),
    "int32": ("Int32", "0"), "sint32": ("Int32", "0"), "sfixed32": ("Int32", "0"),
    "int64": ("Int64", "0"), "sint64": ("Int64", "0"), "sfixed64": ("Int64", "0"),
    "uint32": ("UInt32", "0"), "fixed32": ("UInt32", "0"),
    "uint64": ("UInt64", "0"), "fixed64": ("UInt64", "0"),
    "double": ("Double", "0"),
    "bytes": ("[UInt8]", "[]"),
}

SWIFT_KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
    "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
    "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
    "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
    "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
    "super", "throws", "true", "try", "final", "async", "consume", "copy", "discard", "each", "macro",
    "package", "borrowing", "consuming", "some", "any",
}

# Explicit sample values for message types whose mirrors are hand-written (not generated here).
EXTERNAL_SAMPLES = {
    "Money": 'V1.Money(amountMinor: 1, currency: "USD")',
    "AccountRef": 'V1.AccountRef(id: "1")',
    "ChangeRecord": 'V1.ChangeRecord(at: "2026-01-01T00:00:00Z", reason: "r")',
    "PostalAddress": 'V1.PostalAddress(locality: "x")',
    "Balance": 'V1.Balance(currency: "USD")',
    "Account": 'V1.Account(id: "1")',
    "PromiseStats": "V1.PromiseStats(pending: 1)",
    "Ratio": "V1.Ratio(numerator: 1, denominator: 3)",
}


class ProtoError(Exception):
    pass


# MARK: - Parsing


class Enum:
    def __init__(self, name, doc, file):
        self.name, self.doc, self.file = name, doc, file
        self.values = []  # (proto name, number, doc lines, doc is a trailing comment)


class Field:
    def __init__(self, name, type, repeated, number, doc):
        self.name, self.type, self.repeated, self.number, self.doc = name, type, repeated, number, doc


class Message:
    def __init__(self, name, doc, file):
        self.name, self.doc, self.file = name, doc, file
        self.fields = []


class Service:
    def __init__(self, name, doc):
        self.name, self.doc = name, doc
        self.methods = []  # (name, request, response, server streaming, doc)


class ProtoFile:
    def __init__(self, name):
        self.name = name
        self.decls = []  # Enum and Message, in file order
        self.services = []


IDENT = r"[A-Za-z_][A-Za-z0-9_.]*"
RE_ENUM = re.compile(r"^enum\s+(\w+)\s*\{$")
RE_MESSAGE = re.compile(r"^message\s+(\w+)\s*\{(\})?$")
RE_SERVICE = re.compile(r"^service\s+(\w+)\s*\{$")
RE_RPC = re.compile(r"^rpc\s+(\w+)\s*\(\s*(stream\s+)?(" + IDENT + r")\s*\)\s*returns\s*\(\s*(stream\s+)?(" + IDENT + r")\s*\)\s*;$")
RE_VALUE = re.compile(r"^([A-Z][A-Z0-9_]*)\s*=\s*(-?\d+)\s*;$")
RE_FIELD = re.compile(r"^(repeated\s+)?(" + IDENT + r")\s+(\w+)\s*=\s*(\d+)\s*;$")


def split_comment(line):
    """The code of a line and its trailing `//` comment (None when there is none)."""
    in_string = False
    for i, ch in enumerate(line):
        if ch == '"':
            in_string = not in_string
        elif not in_string and line.startswith("//", i):
            return line[:i].strip(), line[i + 2:].strip()
    return line.strip(), None


def parse(path, strict):
    """Reads one proto file. Not strict (a file whose mirrors are hand-written, read only for
    its type names and enum values): nested types and fields it cannot read are skipped."""
    proto = ProtoFile(os.path.basename(path))
    comments = []  # the leading comment lines of the next statement
    block = None  # the Enum, Message or Service being read
    skipping = 0  # depth of a nested block being skipped (not strict)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for number, raw in enumerate(lines, 1):
        where = f"{path}:{number}"
        code, comment = split_comment(raw)
        if skipping:
            skipping += code.count("{") - code.count("}")
            continue
        if code and not strict and block is not None and code != "}" and not isinstance(block, Service):
            if code.endswith("{"):
                skipping = 1
                continue
            if isinstance(block, Message) and not RE_FIELD.match(code):
                continue
        if not code:
            if comment is not None:
                comments.append(comment)
            else:
                comments = []
            continue
        leading, comments = comments, []
        if block is None:
            if code.startswith(("syntax", "package", "import")):
                if code.startswith("package") and code != f"package {PACKAGE};":
                    raise ProtoError(f"{where}: only package {PACKAGE} is supported")
                continue
            if m := RE_ENUM.match(code):
                block = Enum(m.group(1), leading, proto.name)
                proto.decls.append(block)
            elif m := RE_MESSAGE.match(code):
                message = Message(m.group(1), leading, proto.name)
                proto.decls.append(message)
                block = None if m.group(2) else message
            elif m := RE_SERVICE.match(code):
                block = Service(m.group(1), leading)
                proto.services.append(block)
            else:
                raise ProtoError(f"{where}: cannot mirror {code!r}")
        elif code == "}":
            block = None
        elif isinstance(block, Enum):
            m = RE_VALUE.match(code)
            if not m:
                raise ProtoError(f"{where}: cannot mirror enum entry {code!r}")
            if comment is not None:
                block.values.append((m.group(1), int(m.group(2)), [comment], True))
            else:
                block.values.append((m.group(1), int(m.group(2)), leading, False))
        elif isinstance(block, Message):
            m = RE_FIELD.match(code)
            if not m or m.group(2) in ("optional", "map", "oneof", "message", "enum", "reserved", "option"):
                raise ProtoError(f"{where}: cannot mirror field {code!r}")
            doc = leading + ([comment] if comment is not None else [])
            block.fields.append(Field(m.group(3), m.group(2), bool(m.group(1)), int(m.group(4)), doc))
        else:
            m = RE_RPC.match(code)
            if not m:
                raise ProtoError(f"{where}: cannot mirror service entry {code!r}")
            if m.group(2):
                raise ProtoError(f"{where}: client streaming is not supported")
            block.methods.append((m.group(1), m.group(3), m.group(5), bool(m.group(4)), leading))
    if block is not None:
        raise ProtoError(f"{path}: unterminated {block.name}")
    return proto


# MARK: - Names and documentation


def camel(snake, upper_first=False):
    parts = snake.lower().split("_") if snake.isupper() else snake.split("_")
    parts = [p for p in parts if p]
    text = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return text[:1].upper() + text[1:] if upper_first else text


def escape(name):
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def proto_field_name(swift):
    """What ProtoRegistry does with a property name (`String.protoFieldName`)."""
    return "".join(("_" if i else "") + c.lower() if c.isupper() else c for i, c in enumerate(swift))


def upper_snake(name):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def case_name(enum, value):
    prefix = upper_snake(enum.name) + "_"
    rest = value[len(prefix):] if value.startswith(prefix) else value
    if re.fullmatch(r"[0-9]+_[0-9]+", rest or ""):
        low, high = rest.split("_")  # a range such as AGING_BUCKET_1_30 becomes days1To30
        return f"days{low}To{high}"
    if not rest or not rest[0].isalpha():
        raise ProtoError(f"{enum.name}.{value}: no Swift case name")
    return camel(rest)


def sentences(text):
    """Splits at `. ` before a capital letter, outside parentheses and quotes."""
    out, start, depth, quoted = [], 0, 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "." and depth == 0 and not quoted and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isupper():
            out.append(text[start:i + 1].strip())
            start = i + 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def summary(lines):
    """The `///` text for a leading proto comment: its first sentence, or its first two when
    the first is a label like "Required." or "Required (> 0).". (Trailing comments, the
    ones of enum values, are taken whole.)"""
    text = " ".join(line for line in lines if line)
    if not text:
        return None
    parts = sentences(text)
    first = parts[0]
    if re.fullmatch(r"(Required|Optional)\b.{0,12}\.", first) and len(parts) > 1:
        first += " " + parts[1]
    return first


def doc(lines, indent, whole=False):
    text = " ".join(line for line in lines if line) if whole else summary(lines)
    return [f"{indent}/// {text}"] if text else []


# MARK: - The model of all protos


class Model:
    def __init__(self):
        self.files = {}
        for name in sorted(os.listdir(PROTO_DIR)):
            if name.endswith(".proto"):
                self.files[name] = parse(os.path.join(PROTO_DIR, name), strict=name in GENERATED)
        self.types = {}
        for proto in self.files.values():
            for decl in proto.decls:
                if decl.name in self.types:
                    raise ProtoError(f"{decl.name} is declared in {self.types[decl.name].file} and {proto.name}")
                self.types[decl.name] = decl
        self.generated = {decl.name for name in GENERATED for decl in self.files[name].decls}

    def resolve(self, type_name, where):
        name = type_name[len(PACKAGE) + 1:] if type_name.startswith(PACKAGE + ".") else type_name
        if name not in self.types:
            raise ProtoError(f"{where}: unknown type {type_name}")
        return self.types[name]

    def swift_field(self, field, where):
        """(Swift type, default) of a field."""
        if field.type in SCALARS:
            swift, default = SCALARS[field.type]
        else:
            decl = self.resolve(field.type, where)
            if isinstance(decl, Enum):
                zero = [v for v in decl.values if v[1] == 0]
                if not zero:
                    raise ProtoError(f"{where}: enum {decl.name} has no zero value")
                swift, default = decl.name, "." + escape(case_name(decl, zero[0][0]))
            elif field.repeated:
                swift, default = decl.name, None
            else:
                return f"{decl.name}?", "nil"
        if field.repeated:
            return f"[{swift}]", "[]"
        return swift, default


# MARK: - Mirrors


def property_name(message, field):
    name = camel(field.name)
    if proto_field_name(name) != field.name:
        raise ProtoError(f"{message.name}.{field.name}: property {name} does not map back to the field "
                         f"(ProtoRegistry turns it into {proto_field_name(name)})")
    return name


def render_enum(enum):
    out = doc(enum.doc, "    ")
    out.append(f"    public enum {enum.name}: Int, Codable, Sendable, Hashable, CaseIterable {{")
    seen = set()
    for value, number, value_doc, trailing in enum.values:
        name = case_name(enum, value)
        if name in seen:
            raise ProtoError(f"{enum.name}.{value}: duplicate case {name}")
        seen.add(name)
        out += doc(value_doc, "        ", whole=trailing)
        out.append(f"        case {escape(name)} = {number}")
    out.append("    }")
    return out


def render_message(model, message):
    out = doc(message.doc, "    ")
    out.append(f"    public struct {message.name}: ProtoMessage, Hashable {{")
    out.append("        /// The protobuf message name.")
    out.append(f'        public static let protoName = "{PACKAGE}.{message.name}"')
    out.append("")
    if not message.fields:
        out.append("        /// Creates the empty message.")
        out.append("        public init() {}")
        out.append("    }")
        return out
    params = []
    for field in message.fields:
        name = property_name(message, field)
        swift, default = model.swift_field(field, f"{message.name}.{field.name}")
        out += doc(field.doc, "        ")
        out.append(f"        public var {escape(name)}: {swift} = {default}")
        params.append((name, f"{escape(name)}: {swift} = {default}"))
    out.append("")
    out.append("        /// Creates a message; every field defaults to its proto default.")
    single = "        public init(" + ", ".join(p for _, p in params) + ") {"
    if len(single) <= MAX_LINE:
        out.append(single)
    else:
        out.append("        public init(")
        out += [f"            {p}," for _, p in params[:-1]]
        out.append(f"            {params[-1][1]}")
        out.append("        ) {")
    out += [f"            self.{escape(name)} = {escape(name)}" for name, _ in params]
    out.append("        }")
    out.append("    }")
    return out


def render_mirrors(model, proto):
    service_names = [s.name for s in proto.services]
    methods = " and ".join(f"`Methods.{s}`" for s in service_names)
    out = [
        f"// Swift mirrors of proto/acs/v1/{proto.name} (see `ProtoMessage`) and the typed",
        f"// {methods} methods. Property names are the proto field names in camelCase.",
        f"// Generated from the proto by scripts/gen-mirrors.py: do not edit; run 'make mirrors'.",
        "",
        "extension V1 {",
    ]
    for i, decl in enumerate(proto.decls):
        if i:
            out.append("")
        out += render_enum(decl) if isinstance(decl, Enum) else render_message(model, decl)
    out.append("}")
    for service in proto.services:
        out += ["", "extension Methods {", f"    /// The `{PACKAGE}.{service.name}` methods.",
                f"    public enum {service.name} {{", f'        private static let service = "{PACKAGE}.{service.name}"']
        for name, request, response, _, method_doc in service.methods:
            for type_name in (request, response):
                if not isinstance(model.resolve(type_name, f"{service.name}.{name}"), Message):
                    raise ProtoError(f"{service.name}.{name}: {type_name} is not a message")
            request, response = (model.resolve(t, name).name for t in (request, response))
            out += doc(method_doc, "        ")
            out.append(f"        public static let {escape(camel(name[:1].lower() + name[1:]))} = "
                       f"RPCMethod<V1.{request}, V1.{response}>(service: service, name: \"{name}\")")
        out += ["    }", "}"]
    return "\n".join(out) + "\n"


# MARK: - Round-trip tests


def group(number):
    digits = str(abs(number))
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ("-" if number < 0 else "") + "_".join(groups)


class Samples:
    def __init__(self, model):
        self.model = model
        self.counter = 0

    def scalar(self, message, field):
        self.counter += 1
        n = self.counter
        swift = SCALARS[field.type][0]
        if swift == "String":
            return f'"{message.name}.{field.name}"'
        if swift == "Bool":
            return "true"
        if swift == "UInt32":
            return group(4_000_000_000 + n)
        if swift == "UInt64":
            return group(18_000_000_000_000_000_000 + n)
        if swift == "Int32":
            return group(-(2_000_000_000 + n))
        if swift == "Int64":
            return group(-(9_000_000_000_000_000_000 + n))
        if swift == "Double":
            return f"{n}.5"
        return f"[{n % 256}]"  # bytes

    def value(self, message, field):
        where = f"{message.name}.{field.name}"
        if field.type in SCALARS:
            return self.scalar(message, field)
        decl = self.model.resolve(field.type, where)
        if isinstance(decl, Enum):
            one = [v for v in decl.values if v[1] == 1]
            if not one:
                raise ProtoError(f"{where}: enum {decl.name} has no value 1")
            return "." + escape(case_name(decl, one[0][0]))
        if decl.name in self.model.generated:
            return ".sample"
        if decl.name not in EXTERNAL_SAMPLES:
            raise ProtoError(f"{where}: no sample value for {decl.name} (add it to EXTERNAL_SAMPLES)")
        return EXTERNAL_SAMPLES[decl.name]

    def render(self, message):
        head = f"    static let sample = V1.{message.name}("
        args = []
        for field in message.fields:
            value = self.value(message, field)
            args.append(f"{escape(camel(field.name))}: " + (f"[{value}]" if field.repeated else value))
        out = [f"private extension V1.{message.name} {{"]
        single = head + ", ".join(args) + ")"
        if len(single) <= MAX_SAMPLE_LINE:
            out.append(single)
        else:
            out.append(head)
            out += [f"        {a}," for a in args[:-1]]
            out.append(f"        {args[-1]})")
        out.append("}")
        return out


def render_tests(model):
    files = [model.files[name] for name in GENERATED]
    out = [
        "import ACSCore",
        "import ACSWire",
        "import Testing",
        "",
        "// Generated from proto/acs/v1/{" + ",".join(n[:-len(".proto")] for n in GENERATED) + "}.proto",
        "// by scripts/gen-mirrors.py: do not edit; run 'make mirrors'.",
        "// Round-trips every generated mirror with every field set (strings, nonzero numbers, true,",
        "// the enum case numbered 1, one-element arrays, nested samples) through libprotobuf-c, and",
        "// checks that a mirror with every field at its default is the empty encoding. Types are",
        "// written `V1.X` because ProtoMessageTests.swift declares private mirrors with the same names.",
    ]
    samples = Samples(model)
    for proto in files:
        out += ["", f"// MARK: - Samples: {proto.name}"]
        for decl in proto.decls:
            if isinstance(decl, Message):
                out.append("")
                out += samples.render(decl)
    for proto in files:
        stem = proto.name[:-len(".proto")]
        suite = camel(stem, upper_first=True) + "MirrorRoundTripTests"
        out += ["", f'@Suite("Generated mirrors of {proto.name} round-trip")', f"struct {suite} {{"]
        first = True
        for decl in proto.decls:
            if not isinstance(decl, Message):
                continue
            if not first:
                out.append("")
            first = False
            name = f"V1.{decl.name}"
            what = "with every field set" if decl.fields else "(it has no fields)"
            out += [
                f'    @Test("{name} round-trips {what}; its default is the empty encoding")',
                f"    func {escape(decl.name[:1].lower() + decl.name[1:])}() throws {{",
                f"        let sample = {name}.sample",
                f"        #expect(try {name}(wire: sample.wireBytes()) == sample)",
                f"        #expect({name}().wireBytes().isEmpty)",
                "        try expectBridgeAgrees(sample)",
                "    }",
            ]
        for service in proto.services:
            methods = [(camel(n[:1].lower() + n[1:]), n) for n, *_ in service.methods]
            out += [
                "",
                f'    @Test("Methods.{service.name} names every {PACKAGE}.{service.name} rpc")',
                f"    func {service.name[:1].lower() + service.name[1:]}Methods() {{",
                "        let paths = [",
            ]
            out += [f"            Methods.{service.name}.{escape(swift)}.path," for swift, _ in methods]
            out.append("        ]")
            out += [f'        #expect(paths[{i}] == "/{PACKAGE}.{service.name}/{n}")' for i, (_, n) in enumerate(methods)]
            out.append(f'        #expect(Set(paths) == ServiceCatalog.methodPaths.filter {{ $0.hasPrefix("/{PACKAGE}.{service.name}/") }})')
            out.append("    }")
        out.append("}")
    return "\n".join(out) + "\n"


# MARK: - Codecs


INTEGERS = {"int32", "sint32", "sfixed32", "int64", "sint64", "sfixed64", "uint32", "fixed32", "uint64", "fixed64"}
RE_MIRROR = re.compile(r"public struct (\w+): ProtoMessage\b[^{]*\{\s*(?:///[^\n]*\n\s*)*public static let protoName = \"([\w.]+)\"")


def codec_accessor(model, message, field):
    """The ProtoWriter / ProtoReader method for a field, and whether reading it can throw."""
    where = f"{message.name}.{field.name}"
    if field.type in INTEGERS:
        kind, throws = "integer", False
    elif field.type in ("string", "bool", "double", "bytes"):
        kind, throws = field.type, False
    else:
        decl = model.resolve(field.type, where)
        kind, throws = ("enumeration" if isinstance(decl, Enum) else "message"), True
    if field.repeated:
        if kind in ("bool", "double", "bytes"):
            raise ProtoError(f"{where}: repeated {field.type} has no ProtoCodable accessor")
        kind += "s"
    return kind, throws


def render_codec(model, swift_name, proto_name):
    message = model.types.get(proto_name[len(PACKAGE) + 1:])
    if not isinstance(message, Message):
        raise ProtoError(f"{swift_name}: {proto_name} is not a message of the proto files")
    names = [f'"{f.name}"' for f in message.fields]
    out = [f"extension V1.{swift_name}: ProtoCodable {{",
           "    /// The fields, numbered as the code below uses them."]
    line = f"    public static let protoLayout = ProtoLayout(\"{proto_name}\", fields: [{', '.join(names)}])"
    if len(line) <= MAX_LINE:
        out.append(line)
    else:
        out.append(f"    public static let protoLayout = ProtoLayout(\"{proto_name}\", fields: [")
        row = ""
        for name in names:
            if row and len(row) + len(name) + 2 > MAX_LINE - 8:
                out.append("        " + row.rstrip())
                row = ""
            row += name + ", "
        out.append("        " + row.rstrip().rstrip(","))
        out.append("    ])")
    out += ["",
           "    /// Writes every field that differs from its default.",
           "    public func protoStore(_ cMessage: ProtoWriter) {"]
    for index, field in enumerate(message.fields):
        kind, _ = codec_accessor(model, message, field)
        out.append(f"        cMessage.{kind}({index}, self.{property_name(message, field)})")
    out += ["    }", "",
            "    /// Reads every field.",
            "    public init(protoReader cMessage: ProtoReader) throws(ProtoFieldError) {",
            "        self.init()"]
    for index, field in enumerate(message.fields):
        kind, throws = codec_accessor(model, message, field)
        out.append(f"        self.{property_name(message, field)} = {'try ' if throws else ''}cMessage.{kind}({index})")
    out += ["    }", "}"]
    return out


def render_codecs(model, sources):
    """ProtoCodecs.swift for the mirrors found in `sources` (file name → text)."""
    mirrors = []
    for name in sorted(sources):
        for swift_name, proto_name in RE_MIRROR.findall(sources[name]):
            if proto_name != f"{PACKAGE}.{swift_name}":
                raise ProtoError(f"{name}: {swift_name} mirrors {proto_name}; a mirror is named after its message")
            mirrors.append((swift_name, proto_name))
        declared = re.findall(r"public struct (\w+): ProtoMessage\b", sources[name])
        if len(declared) != len([m for m in RE_MIRROR.findall(sources[name])]):
            raise ProtoError(f"{name}: a ProtoMessage struct does not declare its protoName first; it would get no codec")
    out = ["// Field-by-field protobuf-c code for every Swift mirror of Sources/ACSWire (see `ProtoCodable`).",
           "// Generated from the proto by scripts/gen-mirrors.py: do not edit; run 'make mirrors'.", ""]
    for swift_name, proto_name in sorted(mirrors):
        out += render_codec(model, swift_name, proto_name) + [""]
    return "\n".join(out[:-1]) + "\n"


# MARK: - Main


def output_name(proto_name):
    return camel(proto_name[:-len(".proto")], upper_first=True) + "Messages.swift"


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        model = Model()
        outputs = {}
        existing = set()
        for name in os.listdir(SOURCES_DIR):
            if name.endswith(".swift") and name not in {output_name(p) for p in GENERATED}:
                with open(os.path.join(SOURCES_DIR, name), encoding="utf-8") as f:
                    existing |= set(re.findall(r"public (?:struct|enum) (\w+)", f.read()))
        for proto_name in GENERATED:
            proto = model.files[proto_name]
            for decl in proto.decls:
                if decl.name in existing:
                    raise ProtoError(f"{proto_name}: {decl.name} collides with a type declared in Sources/ACSWire")
            outputs[output_name(proto_name)] = render_mirrors(model, proto)
        tests = render_tests(model)
        sources = {}
        for name in os.listdir(SOURCES_DIR):
            if name.endswith(".swift") and name != CODECS and name not in outputs:
                with open(os.path.join(SOURCES_DIR, name), encoding="utf-8") as f:
                    sources[name] = f.read()
        sources.update(outputs)
        outputs[CODECS] = render_codecs(model, sources)
    except ProtoError as error:
        print(f"gen-mirrors: {error}", file=sys.stderr)
        return 1
    if len(argv) == 2:
        out_dir = argv[1]
        os.makedirs(out_dir, exist_ok=True)
        targets = {os.path.join(out_dir, n): text for n, text in outputs.items()}
        targets[os.path.join(out_dir, os.path.basename(TESTS_FILE))] = tests
    else:
        targets = {os.path.join(SOURCES_DIR, n): text for n, text in outputs.items()}
        targets[TESTS_FILE] = tests
    for path, text in targets.items():
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
