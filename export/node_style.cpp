#include "export/node_style.h"

#include <cstdio>

namespace kgraph {

const NodeStyle& node_style(NodeType type) {
  // Colour-blind-safe hues (Okabe-Ito), light enough for black labels.
  static const NodeStyle kLeader{"doubleoctagon", 0xe6, 0x9f, 0x00};
  static const NodeStyle kPerson{"ellipse", 0xf0, 0xe4, 0x42};
  static const NodeStyle kFirm{"box", 0x56, 0xb4, 0xe9};
  static const NodeStyle kOrganization{"component", 0xcc, 0x79, 0xa7};
  static const NodeStyle kCountry{"house", 0x00, 0x9e, 0x73};
  static const NodeStyle kDeal{"note", 0xd5, 0xd5, 0xd5};
  static const NodeStyle kPlace{"cds", 0x99, 0xcc, 0xbb};
  switch (type) {
    case NodeType::kLeader: return kLeader;
    case NodeType::kPerson: return kPerson;
    case NodeType::kFirm: return kFirm;
    case NodeType::kOrganization: return kOrganization;
    case NodeType::kCountry: return kCountry;
    case NodeType::kDeal: return kDeal;
    case NodeType::kPlace: return kPlace;
  }
  return kPerson;
}

std::string fill_hex(const NodeStyle& style) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "#%02x%02x%02x", style.r, style.g, style.b);
  return hex;
}

}  // namespace kgraph
