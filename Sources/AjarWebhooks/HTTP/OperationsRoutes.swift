import Hummingbird
import NIOCore

/// `GET /healthz` and `GET /metrics` (Prometheus text format). Neither needs a signature.
struct OperationsRoutes {
    let metrics: AjarMetrics

    func add(to router: Router<AjarRequestContext>) {
        router.get("/healthz") { _, _ in
            JSONText.response(.ok, #"{"status":"ok"}"#)
        }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
    }
}
