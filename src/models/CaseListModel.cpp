#include "CaseListModel.h"
