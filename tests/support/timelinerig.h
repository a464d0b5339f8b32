#pragma once

// A Lab wired to a timeline as the window wires them, for widget tests:
// every call the Lab records goes to a TimelineModel, and a TimelineView
// over both is made on request.

#include "core/lab/lab.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"

#include <QSize>

#include <memory>

class TimelineRig final
{
    Q_DISABLE_COPY_MOVE(TimelineRig)

public:
    TimelineRig()
    {
        QObject::connect(&m_lab, &Lab::callRecorded, &m_model, &TimelineModel::record);
    }

    Lab &lab() { return m_lab; }
    TimelineModel &model() { return m_model; }
    // The view over model() and lab(), resized to `size` and shown (made
    // at the first call; later calls resize and return the same view).
    TimelineView &view(QSize size)
    {
        if (!m_view) {
            m_view = std::make_unique<TimelineView>();
            m_view->setModel(&m_model);
            m_view->setLab(&m_lab);
        }
        m_view->resize(size);
        m_view->show();
        return *m_view;
    }

private:
    // Declared first, destroyed last: its destructor still records closes
    // (to a model that has gone, so no longer connected).
    Lab m_lab;
    TimelineModel m_model;
    std::unique_ptr<TimelineView> m_view;
};
