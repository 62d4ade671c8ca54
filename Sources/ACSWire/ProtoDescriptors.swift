import CACSProto
import CProtobufC

/// One field of a protobuf-c message descriptor, with where it lives in the C
/// struct and how it is stored.
struct ProtoField {
    let pointer: UnsafePointer<ProtobufCFieldDescriptor>

    var name: String { String(cString: pointer.pointee.name) }
    var type: ProtobufCType { pointer.pointee.type }
    var isRepeated: Bool { pointer.pointee.label == PROTOBUF_C_LABEL_REPEATED }
    var offset: Int { Int(pointer.pointee.offset) }
    var countOffset: Int { Int(pointer.pointee.quantifier_offset) }
    var isMessage: Bool { type == PROTOBUF_C_TYPE_MESSAGE }

    /// The descriptor of a message-typed field.
    var messageDescriptor: UnsafePointer<ProtobufCMessageDescriptor> {
        pointer.pointee.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)
    }

    /// Bytes one value of this field takes in the C struct (or a repeated array).
    var elementSize: Int {
        switch type {
        case PROTOBUF_C_TYPE_INT64, PROTOBUF_C_TYPE_SINT64, PROTOBUF_C_TYPE_SFIXED64,
             PROTOBUF_C_TYPE_UINT64, PROTOBUF_C_TYPE_FIXED64, PROTOBUF_C_TYPE_DOUBLE:
            return 8
        case PROTOBUF_C_TYPE_STRING, PROTOBUF_C_TYPE_MESSAGE:
            return MemoryLayout<UnsafeRawPointer>.size
        case PROTOBUF_C_TYPE_BYTES:
            return MemoryLayout<ProtobufCBinaryData>.size
        default:
            return 4
        }
    }
}

/// Every message type reachable from the v1 services and the frames, by full name
/// (`acs.v1.PostPaymentRequest`), found by walking the service descriptors.
enum ProtoRegistry {
    struct Table: @unchecked Sendable {
        var byName: [String: UnsafePointer<ProtobufCMessageDescriptor>] = [:]
    }

    static let table: Table = {
        var table = Table()
        func add(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) {
            let name = String(cString: descriptor.pointee.name)
            guard table.byName[name] == nil else { return }
            table.byName[name] = descriptor
            for field in fields(of: descriptor) where field.isMessage { add(field.messageDescriptor) }
        }
        for service in ServiceCatalog.descriptors {
            for index in 0..<Int(service.n_methods) {
                add(service.methods[index].input)
                add(service.methods[index].output)
            }
        }
        // The frames carry every call; no method names them.
        add(requestFrame)
        var response = Acs__V1__ResponseFrame()
        acs__v1__response_frame__init(&response)
        add(response.base.descriptor)
        return table
    }()

    /// `acs.v1.RequestFrame`'s descriptor (the C global's address, as `…__init` installs it).
    nonisolated(unsafe) static let requestFrame: UnsafePointer<ProtobufCMessageDescriptor> = {
        var frame = Acs__V1__RequestFrame()
        acs__v1__request_frame__init(&frame)
        return frame.base.descriptor
    }()

    /// The descriptor of `name`, or nil when no v1 service reaches it.
    static func descriptor(named name: String) -> UnsafePointer<ProtobufCMessageDescriptor>? {
        table.byName[name]
    }

    /// The fields of a message type.
    static func fields(of descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> [ProtoField] {
        (0..<Int(descriptor.pointee.n_fields)).map { ProtoField(pointer: descriptor.pointee.fields + $0) }
    }

    /// The field named `name` (proto spelling), or nil.
    static func field(_ name: String, of descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> ProtoField? {
        protobuf_c_message_descriptor_get_field_by_name(descriptor, name).map(ProtoField.init(pointer:))
    }
}
