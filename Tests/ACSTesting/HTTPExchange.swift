import ACSCore
public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 request over a Unix socket or to a loopback port, read until the server closes
/// (the request says `Connection: close`); a read waits 10 s at most.
public struct HTTPExchange: Sendable {
    /// The answer's status, headers (lower-case names) and body.
    public var status: Int
    public var headers: [String: String]
    public var body: String

    /// `method path` over the Unix socket at `unixSocket`.
    public static func request(_ method: String, _ path: String, unixSocket: String, headers: [String: String] = [:], body: [UInt8] = []) throws -> HTTPExchange {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            for (index, byte) in unixSocket.utf8.enumerated() { bytes[index] = byte }
        }
        return try exchange(address, family: AF_UNIX, request(method, path, headers: headers, body: body))
    }

    /// `method path` to 127.0.0.1:`port`.
    public static func request(_ method: String, _ path: String, port: Int, headers: [String: String] = [:], body: [UInt8] = []) throws -> HTTPExchange {
        let address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: UInt16(port).bigEndian,
                                  sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        return try exchange(address, family: AF_INET, request(method, path, headers: headers, body: body))
    }

    private static func request(_ method: String, _ path: String, headers: [String: String], body: [UInt8]) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        return Array((head + "\r\n").utf8) + body
    }

    /// The raw answer parsed; the body is taken as it came (no chunked encoding is asked for by HTTP/1.1 with Content-Length).
    static func parse(_ raw: [UInt8]) throws -> HTTPExchange {
        let text = String(decoding: raw, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw ACSError(.internal, "no HTTP head in \(text.prefix(200))") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusLine = lines.first?.split(separator: " ") ?? []
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw ACSError(.internal, "bad status line \(lines.first ?? "")") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = String(text[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return HTTPExchange(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ text: String) -> String {
        var rest = Substring(text), body = ""
        while let end = rest.range(of: "\r\n"), let size = Int(rest[..<end.lowerBound], radix: 16), size > 0 {
            let start = end.upperBound
            let stop = rest.utf8.index(start, offsetBy: size, limitedBy: rest.utf8.endIndex) ?? rest.endIndex
            body += rest[start..<stop]
            rest = rest[stop...].dropFirst(2)
        }
        return body
    }

    private static func exchange<Address>(_ address: Address, family: Int32, _ request: [UInt8]) throws -> HTTPExchange {
        let fd = socket(family, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = address
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<Address>.size)) }
        }
        guard connected == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // A server may answer and close before taking the whole body (a 413): read what it said.
            guard count > 0 else { if sent > 0 { break } else { throw POSIXError(.EIO) } }
            sent += count
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count < 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            if count == 0 { break }
            answer += buffer[0..<count]
        }
        return try parse(answer)
    }
}
